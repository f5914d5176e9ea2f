package org.counterpart.reporting.integration;

import java.time.Instant;
import java.util.UUID;

import org.counterpart.reporting.ReportSubmitted;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.reporting.report-submitted.v1} — a report was submitted to the commission office (again,
 * after it was returned, when {@code resubmitted}). The unit or office it comes from, never the person; no title,
 * body or comment.
 */
@Component
class ReportSubmittedV1 extends IntegrationTranslation<ReportSubmitted> {

    record Data(UUID reportId, String kind, String reporterType, String reporterCode, String subjectType,
            String subjectRef, String period, boolean resubmitted, Instant submittedAt) {
    }

    ReportSubmittedV1() {
        super(ReportSubmitted.class, "reporting", "report-submitted", 1);
    }

    @Override
    protected Data data(ReportSubmitted event) {
        return new Data(event.report().value(), ReportingContract.kind(event.kind()),
                ReportingContract.reporterType(event.reporter()), ReportingContract.reporterCode(event.reporter()),
                ReportingContract.subjectType(event.subject()), ReportingContract.subjectRef(event.subject()),
                ReportingContract.period(event.period()), event.resubmitted(), event.at());
    }
}
