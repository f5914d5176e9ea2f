package org.counterpart.reporting.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.counterpart.reporting.DutyChangeView;
import org.counterpart.reporting.DutyDraft;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.DutyManagement;
import org.counterpart.reporting.DutyQuery;
import org.counterpart.reporting.ReminderQueries;
import org.counterpart.reporting.ReminderView;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportSubject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * 报送任务 as JSON: the commission office sets who reports what, how often and by when; units and offices read their
 * own (with each period's state), viewers all. The reminders still open for the caller are here too.
 */
@RestController
class DutyApiController {

    private final DutyManagement duties;
    private final ReminderQueries reminders;
    private final ReportLabels labels;

    DutyApiController(DutyManagement duties, ReminderQueries reminders, ReportLabels labels) {
        this.duties = duties;
        this.reminders = reminders;
        this.labels = labels;
    }

    /** A reminder as the API answers it. */
    record ReminderLine(String id, org.counterpart.reporting.ReminderKind kind, String duty, ReportView.Named reporter,
            ReportKind reportKind, String kindName, String subject, String period, String periodName, LocalDate due,
            LocalDate createdOn, boolean emailed) {

        static ReminderLine of(ReminderView r, ReportLabels labels, java.util.Map<String, String> names,
                Locale locale) {
            return new ReminderLine(r.id().toString(), r.kind(), r.duty().toString(),
                    ReportView.named(r.reporter(), names), r.reportKind(), labels.kind(r.reportKind(), locale),
                    r.subjectLabel(), r.period().code(), labels.period(r.period(), locale), r.due(), r.createdOn(),
                    r.emailed());
        }
    }

    /** A duty as written: {@code unit} or {@code office}, subject {@code TASK:2018-47}, frequency, by when. */
    record DutyRequest(Integer year, String unit, String office, String subject, String kind, String frequency,
            Integer daysAllowed, LocalDate dueOn, String contactEmail, String note, Long version) {

        DutyDraft draft() {
            if (year == null) {
                throw ReportRejected.invalid("reporting.duty.year-invalid", "");
            }
            return new DutyDraft(year, ReportLabels.reporter(unit, office), ReportSubject.parse(subject),
                    ReportLabels.present(kind) ? ReportKind.parse(kind) : null,
                    ReportLabels.present(frequency) ? DutyFrequency.parse(frequency) : null, daysAllowed, dueOn,
                    contactEmail, note);
        }
    }

    @GetMapping("/api/reporting/duties")
    @Operation(summary = "Duties the caller may see (ADMIN and viewers: all; a unit or office: its own), by year, unit "
            + "or office, with each period's due day and state (ON_TIME, LATE, MISSING, PENDING)")
    List<DutyView> duties(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String office, Locale locale) {
        var names = labels.reporterNames(locale);
        var today = LocalDate.now(ReportLabels.SHANGHAI);
        return duties.duties(new DutyQuery(year, ReportLabels.reporter(unit, office))).stream()
                .map(d -> DutyView.of(d, labels, names, today, locale)).toList();
    }

    @PostMapping("/api/reporting/duties")
    @Operation(summary = "Set a duty (ADMIN): frequency MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY with daysAllowed "
            + "after each period's end, or ONCE with dueOn")
    ResponseEntity<DutyView> create(@RequestBody DutyRequest request, Locale locale) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(duties.create(request.draft()), locale));
    }

    @GetMapping("/api/reporting/duties/{id}")
    @Operation(summary = "One duty with its periods")
    DutyView duty(@PathVariable String id, Locale locale) {
        return view(duties.duty(DutyId.parse(id))
                .orElseThrow(() -> ReportRejected.notFound("reporting.duty.not-found")), locale);
    }

    @PutMapping("/api/reporting/duties/{id}")
    @Operation(summary = "Change a duty (ADMIN); once reports answer it, only its days, due day, contact and note")
    DutyView update(@PathVariable String id, @RequestBody DutyRequest request, Locale locale) {
        return view(duties.update(DutyId.parse(id), request.draft(), ReportApiController.version(request.version())),
                locale);
    }

    @DeleteMapping("/api/reporting/duties/{id}")
    @Operation(summary = "Remove a duty no report answers (ADMIN)")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) Long version) {
        duties.delete(DutyId.parse(id), ReportApiController.version(version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/reporting/duties/{id}/history")
    @Operation(summary = "Who set the duty up, changed it (each field, before and after) or deleted it, and when, "
            + "oldest first; a deleted duty's history stays readable by ADMIN and VIEWER")
    List<DutyChangeView> history(@PathVariable String id) {
        return duties.history(DutyId.parse(id));
    }

    @GetMapping("/api/reporting/reminders")
    @Operation(summary = "The caller's reminders still open (a unit's or office's own; all for ADMIN)")
    List<ReminderLine> reminders(Locale locale) {
        var names = labels.reporterNames(locale);
        return reminders.openReminders().stream().map(r -> ReminderLine.of(r, labels, names, locale)).toList();
    }

    private DutyView view(org.counterpart.reporting.DutySummary duty, Locale locale) {
        return DutyView.of(duty, labels, labels.reporterNames(locale), LocalDate.now(ReportLabels.SHANGHAI), locale);
    }
}
