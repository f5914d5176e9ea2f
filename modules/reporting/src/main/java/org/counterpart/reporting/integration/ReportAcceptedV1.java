package org.counterpart.reporting.integration;

import java.time.Instant;
import java.util.UUID;

import org.counterpart.reporting.ReportAccepted;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.reporting.report-accepted.v1} — the commission office accepted a report. The unit or office
 * it comes from, never the person; no title, body or comment.
 */
@Component
class ReportAcceptedV1 extends IntegrationTranslation<ReportAccepted> {

    record Data(UUID reportId, String kind, String reporterType, String reporterCode, String subjectType,
            String subjectRef, String period, Instant acceptedAt) {
    }

    ReportAcceptedV1() {
        super(ReportAccepted.class, "reporting", "report-accepted", 1);
    }

    @Override
    protected Data data(ReportAccepted event) {
        return new Data(event.report().value(), ReportingContract.kind(event.kind()),
                ReportingContract.reporterType(event.reporter()), ReportingContract.reporterCode(event.reporter()),
                ReportingContract.subjectType(event.subject()), ReportingContract.subjectRef(event.subject()),
                ReportingContract.period(event.period()), event.at());
    }
}
