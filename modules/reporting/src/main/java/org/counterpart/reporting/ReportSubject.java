package org.counterpart.reporting;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The work a report or duty concerns, by reference only: a plan task by year and number ({@code TASK:2018-47}), a
 * training programme ({@code TRAINING_PROGRAMME:<id>}) or an enrolment programme ({@code ENROLMENT_PROGRAMME:<id>}).
 * Reporting keeps no link into the other modules' tables; their published queries say whether the work exists.
 */
public record ReportSubject(ReportSubjectType type, String ref) {

    /** A year and a task number: a plan numbers its tasks up to 100,000 (the benchmark's plans hold 5,000 a year). */
    private static final Pattern TASK = Pattern.compile("(\\d{4})-(\\d{1,6})");

    public ReportSubject {
        if (type == null || ref == null || ref.isBlank()) {
            throw ReportRejected.invalid("reporting.report.subject-unknown", String.valueOf(ref));
        }
        ref = ref.strip().toLowerCase(Locale.ROOT);
        if (type == ReportSubjectType.TASK) {
            var m = TASK.matcher(ref);
            if (!m.matches()) {
                throw ReportRejected.invalid("reporting.report.subject-unknown", ref);
            }
            ref = Integer.parseInt(m.group(1)) + "-" + Integer.parseInt(m.group(2));
        } else {
            try {
                ref = UUID.fromString(ref).toString();
            } catch (IllegalArgumentException e) {
                throw ReportRejected.invalid("reporting.report.subject-unknown", ref);
            }
        }
    }

    public static ReportSubject task(int year, int number) {
        return new ReportSubject(ReportSubjectType.TASK, year + "-" + number);
    }

    public static ReportSubject trainingProgramme(UUID programme) {
        return new ReportSubject(ReportSubjectType.TRAINING_PROGRAMME, programme.toString());
    }

    public static ReportSubject enrolmentProgramme(UUID programme) {
        return new ReportSubject(ReportSubjectType.ENROLMENT_PROGRAMME, programme.toString());
    }

    /** Reads {@code TASK:2018-47} or {@code TRAINING_PROGRAMME:<id>}; blank text is no subject. */
    public static ReportSubject parse(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        int colon = key.indexOf(':');
        if (colon < 1) {
            throw ReportRejected.invalid("reporting.report.subject-unknown", key);
        }
        try {
            return new ReportSubject(ReportSubjectType.valueOf(key.substring(0, colon).strip().toUpperCase(Locale.ROOT)),
                    key.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw ReportRejected.invalid("reporting.report.subject-unknown", key);
        }
    }

    public String key() {
        return type + ":" + ref;
    }

    /** The plan year of a task. */
    public int taskYear() {
        requireTask();
        return Integer.parseInt(ref.substring(0, ref.indexOf('-')));
    }

    /** The number of a task in its year's plan. */
    public int taskNumber() {
        requireTask();
        return Integer.parseInt(ref.substring(ref.indexOf('-') + 1));
    }

    public UUID programme() {
        if (type == ReportSubjectType.TASK) {
            throw new IllegalStateException("a task is no programme");
        }
        return UUID.fromString(ref);
    }

    private void requireTask() {
        if (type != ReportSubjectType.TASK) {
            throw new IllegalStateException("not a task: " + key());
        }
    }

    @Override
    public String toString() {
        return key();
    }
}
