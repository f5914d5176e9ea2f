package org.counterpart.reporting.adapter.in.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportAuthoring;
import org.counterpart.reporting.ReportDetails;
import org.counterpart.reporting.ReportDraft;
import org.counterpart.reporting.ReportId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportQueries;
import org.counterpart.reporting.ReportQuery;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportReview;
import org.counterpart.reporting.ReportRevision;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.ReportSubject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 信息报送 as JSON: reports written by units and offices and reviewed by the commission office. A subject is written
 * {@code TASK:2018-47}, {@code TRAINING_PROGRAMME:<id>} or {@code ENROLMENT_PROGRAMME:<id>}; a period
 * {@code 2018-Q3}, {@code 2018-M07}, {@code 2018-H1}, {@code 2018-Y} or {@code 2018-ONCE}. Every change names the
 * version of the report the caller saw.
 */
@RestController
@RequestMapping("/api/reporting/reports")
@Tag(name = "reporting", description = "信息报送 — information reports, duties and completeness")
class ReportApiController {

    private final ReportQueries queries;
    private final ReportAuthoring authoring;
    private final ReportReview review;
    private final ReportLabels labels;

    ReportApiController(ReportQueries queries, ReportAuthoring authoring, ReportReview review, ReportLabels labels) {
        this.queries = queries;
        this.authoring = authoring;
        this.review = review;
        this.labels = labels;
    }

    record ListPage(List<ReportView> items, long total) {
    }

    record NewReport(String kind, String title, String body, String subject, String duty, String period) {
    }

    record Revision(String title, String body, String kind, String subject, Long version) {
    }

    record Action(Long version, String comment) {
    }

    @GetMapping
    @Operation(summary = "Reports the caller may see, newest change first, filtered by status (DRAFT, SUBMITTED, "
            + "ACCEPTED, RETURNED), kind (NEWS, PRACTICE, SUMMARY), unit or office, year and duty")
    ListPage reports(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String office,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String duty,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        var result = queries.reports(query(status, kind, unit, office, year, duty, page, size));
        var names = labels.reporterNames(locale);
        return new ListPage(result.items().stream().map(r -> ReportView.of(r, labels, names, locale)).toList(),
                result.total());
    }

    @PostMapping
    @Operation(summary = "Write a draft (a unit or office): answering a duty's period (duty, period) or ad hoc (kind, "
            + "optional subject); the body is HTML, cleaned to the safe subset")
    ResponseEntity<ReportView.Details> draft(@RequestBody NewReport report, Locale locale) {
        var duty = ReportLabels.present(report.duty()) ? DutyId.parse(report.duty()) : null;
        var draft = new ReportDraft(ReportLabels.present(report.kind()) ? ReportKind.parse(report.kind()) : null,
                report.title(), report.body(), ReportSubject.parse(report.subject()), duty,
                ReportLabels.present(report.period()) ? ReportPeriod.parse(report.period()) : null);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(authoring.draft(draft), locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report with its body, files and every step of its life")
    ReportView.Details report(@PathVariable String id, Locale locale) {
        return view(queries.report(ReportId.parse(id))
                .orElseThrow(() -> ReportRejected.notFound("reporting.report.not-found")), locale);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a draft or returned report: title, body (HTML), and for an ad hoc report its kind and "
            + "subject")
    ReportView.Details revise(@PathVariable String id, @RequestBody Revision revision, Locale locale) {
        return view(authoring.revise(ReportId.parse(id), new ReportRevision(revision.title(), revision.body(),
                ReportLabels.present(revision.kind()) ? ReportKind.parse(revision.kind()) : null,
                ReportSubject.parse(revision.subject())), version(revision.version())), locale);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (.docx, .pdf, .xlsx, .png, .jpg; its type is read from its content)")
    ResponseEntity<ReportView.Details> attach(@PathVariable String id, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Long version, Locale locale) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(authoring.attach(ReportId.parse(id),
                file.getOriginalFilename(), file.getBytes(), version), locale));
    }

    @GetMapping("/{id}/attachments/{attachment}")
    @Operation(summary = "Download an attached file")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachment) {
        return ReportDownloads.of(queries.attachment(ReportId.parse(id), attachmentId(attachment)));
    }

    @DeleteMapping("/{id}/attachments/{attachment}")
    @Operation(summary = "Remove an attached file from a draft or returned report")
    ReportView.Details detach(@PathVariable String id, @PathVariable String attachment,
            @RequestParam(required = false) Long version, Locale locale) {
        return view(authoring.detach(ReportId.parse(id), attachmentId(attachment), version), locale);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft, or a returned report again, to the commission office (its unit or office)")
    ReportView.Details submit(@PathVariable String id, @RequestBody Action action, Locale locale) {
        return view(authoring.submit(ReportId.parse(id), version(action.version()), action.comment()), locale);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a submitted report (ADMIN)")
    ReportView.Details accept(@PathVariable String id, @RequestBody Action action, Locale locale) {
        return view(review.accept(ReportId.parse(id), version(action.version()), action.comment()), locale);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a submitted report to its writer with a comment on what to change (ADMIN)")
    ReportView.Details returnForChanges(@PathVariable String id, @RequestBody Action action, Locale locale) {
        return view(review.returnForChanges(ReportId.parse(id), version(action.version()), action.comment()),
                locale);
    }

    private ReportView.Details view(ReportDetails details, Locale locale) {
        return ReportView.details(details, labels, labels.reporterNames(locale), locale);
    }

    static long version(Long version) {
        if (version == null) {
            throw ReportRejected.invalid("reporting.report.version-required");
        }
        return version;
    }

    static UUID attachmentId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ReportRejected.notFound("reporting.report.attachment.not-found");
        }
    }

    /** The query the page and the API share: unknown values are refused, not ignored. */
    static ReportQuery query(String status, String kind, String unit, String office, Integer year, String duty,
            int page, int size) {
        return new ReportQuery(year, ReportLabels.present(status) ? ReportStatus.parse(status) : null,
                ReportLabels.present(kind) ? ReportKind.parse(kind) : null, ReportLabels.reporter(unit, office),
                ReportLabels.present(duty) ? DutyId.parse(duty) : null, page, size);
    }
}
