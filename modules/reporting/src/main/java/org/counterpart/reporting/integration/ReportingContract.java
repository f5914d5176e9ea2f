package org.counterpart.reporting.integration;

import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportSubject;
import org.counterpart.reporting.Reporter;

/** The reporting module's values as the contract names them; a new domain value fails the build until it is mapped. */
final class ReportingContract {

    private ReportingContract() {
    }

    static String kind(ReportKind kind) {
        return switch (kind) {
            case NEWS -> "NEWS";
            case PRACTICE -> "PRACTICE";
            case SUMMARY -> "SUMMARY";
        };
    }

    /** Who reports: an organisation (a unit or an office), never a person. */
    static String reporterType(Reporter reporter) {
        return switch (reporter.type()) {
            case UNIT -> "UNIT";
            case OFFICE -> "OFFICE";
        };
    }

    static String reporterCode(Reporter reporter) {
        return reporter.code();
    }

    /** The work a report concerns; null for ad hoc news without one. */
    static String subjectType(ReportSubject subject) {
        if (subject == null) {
            return null;
        }
        return switch (subject.type()) {
            case TASK -> "TASK";
            case TRAINING_PROGRAMME -> "TRAINING_PROGRAMME";
            case ENROLMENT_PROGRAMME -> "ENROLMENT_PROGRAMME";
        };
    }

    static String subjectRef(ReportSubject subject) {
        return subject == null ? null : subject.ref();
    }

    /** The period's code ({@code 2018-Q3}); null when the report answers no duty. */
    static String period(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
