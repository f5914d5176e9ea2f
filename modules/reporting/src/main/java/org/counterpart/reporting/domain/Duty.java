package org.counterpart.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.DutyId;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * 报送任务 — what the commission office asks of a unit or office for a year: a kind of report on a task or programme,
 * each month, quarter, half year or year — due a number of days after each period ends (2018-Q3 ends on 30 September;
 * with 10 days allowed it is due on 10 October) — or once, by a given day.
 */
public final class Duty implements AggregateRoot<Duty, DutyId> {

    public static final int MAX_DAYS_ALLOWED = 120;
    public static final int MAX_NOTE = 500;
    public static final int MAX_EMAIL = 254;

    /** Good enough to catch a typo; the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+");

    private final DutyId id;
    private final int year;
    private final Reporter reporter;
    private final ReportSubject subject;
    private final String subjectLabel;
    private final ReportKind kind;
    private final DutyFrequency frequency;
    private final int daysAllowed;
    private final LocalDate dueOn;
    private final String contactEmail;
    private final String note;
    private final Instant createdAt;
    private final String createdBy;
    private final long version;

    public Duty(DutyId id, int year, Reporter reporter, ReportSubject subject, String subjectLabel, ReportKind kind,
            DutyFrequency frequency, Integer daysAllowed, LocalDate dueOn, String contactEmail, String note,
            Instant createdAt, String createdBy, long version) {
        this.id = Objects.requireNonNull(id);
        if (year < ReportPeriod.MIN_YEAR || year > ReportPeriod.MAX_YEAR) {
            throw ReportRejected.invalid("reporting.duty.year-invalid", String.valueOf(year));
        }
        this.year = year;
        if (reporter == null) {
            throw ReportRejected.invalid("reporting.duty.reporter-required");
        }
        this.reporter = reporter;
        if (subject == null) {
            throw ReportRejected.invalid("reporting.duty.subject-required");
        }
        this.subject = subject;
        this.subjectLabel = subjectLabel == null ? subject.ref() : subjectLabel;
        if (kind == null) {
            throw ReportRejected.invalid("reporting.report.kind-required");
        }
        this.kind = kind;
        if (frequency == null) {
            throw ReportRejected.invalid("reporting.duty.frequency-required");
        }
        this.frequency = frequency;
        if (frequency.isRecurring()) {
            if (daysAllowed == null || daysAllowed < 0 || daysAllowed > MAX_DAYS_ALLOWED) {
                throw ReportRejected.invalid("reporting.duty.days-allowed-invalid", MAX_DAYS_ALLOWED);
            }
            this.daysAllowed = daysAllowed;
            this.dueOn = null;
        } else {
            if (dueOn == null) {
                throw ReportRejected.invalid("reporting.duty.due-required");
            }
            if (dueOn.getYear() < year || dueOn.getYear() > year + 1) {
                throw ReportRejected.invalid("reporting.duty.due-outside-year", dueOn, year);
            }
            this.daysAllowed = 0;
            this.dueOn = dueOn;
        }
        this.contactEmail = email(contactEmail);
        this.note = note(note);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.version = version;
    }

    /** The periods of the duty's year, each with the day it is due. */
    public List<DutyPeriod> periods() {
        return ReportPeriod.of(year, frequency).stream().map(p -> new DutyPeriod(p, due(p))).toList();
    }

    /** The day a report for the period is due: its end plus the days allowed, or the set day of a one-off. */
    public LocalDate due(ReportPeriod period) {
        if (!covers(period)) {
            throw ReportRejected.invalid("reporting.report.period-not-of-duty", period.code());
        }
        return frequency.isRecurring() ? period.end().plusDays(daysAllowed) : dueOn;
    }

    public boolean covers(ReportPeriod period) {
        return period != null && period.year() == year && period.frequency() == frequency;
    }

    /**
     * The duty as changed. Once reports answer it, only the days allowed, due day, contact and note change: a report
     * answers a period of a given reporter, subject, kind and frequency.
     */
    public Duty changedTo(int newYear, Reporter newReporter, ReportSubject newSubject, String newSubjectLabel,
            ReportKind newKind, DutyFrequency newFrequency, Integer newDaysAllowed, LocalDate newDueOn,
            String newContactEmail, String newNote, boolean answered) {
        if (answered && (newYear != year || !Objects.equals(newReporter, reporter)
                || !Objects.equals(newSubject, subject) || newKind != kind || newFrequency != frequency)) {
            throw ReportRejected.conflict("reporting.duty.answered-fixed");
        }
        return new Duty(id, newYear, newReporter, newSubject, newSubjectLabel, newKind, newFrequency, newDaysAllowed,
                newDueOn, newContactEmail, newNote, createdAt, createdBy, version);
    }

    /** What changed from this duty to the changed one, field by field; none when nothing did. */
    public List<DutyChange> changesTo(Duty changed) {
        var lines = new ArrayList<DutyChange>();
        compare(lines, "year", String.valueOf(year), String.valueOf(changed.year));
        compare(lines, "reporter", reporter.key(), changed.reporter.key());
        compare(lines, "subject", subjectLabel, changed.subjectLabel);
        compare(lines, "kind", kind.name(), changed.kind.name());
        compare(lines, "frequency", frequency.name(), changed.frequency.name());
        compare(lines, "daysAllowed", frequency.isRecurring() ? String.valueOf(daysAllowed) : null,
                changed.frequency.isRecurring() ? String.valueOf(changed.daysAllowed) : null);
        compare(lines, "dueOn", Objects.toString(dueOn, null), Objects.toString(changed.dueOn, null));
        compare(lines, "contactEmail", contactEmail, changed.contactEmail);
        compare(lines, "note", note, changed.note);
        return lines;
    }

    /** The line of its history that says it was set up, with what it asks. */
    public DutyChange created() {
        return new DutyChange(DutyChange.CREATED, null, description());
    }

    /** The line of its history that says it was deleted, with what it asked. */
    public DutyChange deleted() {
        return new DutyChange(DutyChange.DELETED, description(), null);
    }

    /** Year, reporter, subject, kind and when: {@code 2018 · UNIT:shipei · 任务14 · WORK_UPDATE · QUARTERLY +10}. */
    private String description() {
        return String.join(" · ", String.valueOf(year), reporter.key(), subjectLabel, kind.name(),
                frequency.name() + (frequency.isRecurring() ? " +" + daysAllowed : " " + dueOn));
    }

    private static void compare(List<DutyChange> lines, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            lines.add(new DutyChange(field, before, after));
        }
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var stripped = email.strip();
        if (stripped.length() > MAX_EMAIL || !EMAIL.matcher(stripped).matches()) {
            throw ReportRejected.invalid("reporting.duty.email-invalid", stripped);
        }
        return stripped;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        var stripped = note.strip();
        if (stripped.length() > MAX_NOTE) {
            throw ReportRejected.invalid("reporting.duty.note-too-long", MAX_NOTE);
        }
        return stripped;
    }

    @Override
    public DutyId getId() {
        return id;
    }

    public int year() {
        return year;
    }

    public Reporter reporter() {
        return reporter;
    }

    public ReportSubject subject() {
        return subject;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public ReportKind kind() {
        return kind;
    }

    public DutyFrequency frequency() {
        return frequency;
    }

    public int daysAllowed() {
        return daysAllowed;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
