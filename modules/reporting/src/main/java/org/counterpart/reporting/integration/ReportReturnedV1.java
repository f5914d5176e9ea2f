package org.counterpart.reporting.integration;

import java.time.Instant;
import java.util.UUID;

import org.counterpart.reporting.ReportReturned;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.reporting.report-returned.v1} — the commission office returned a report for changes. The
 * unit or office it comes from, never the person; no title, body or comment (the comment stays in the module).
 */
@Component
class ReportReturnedV1 extends IntegrationTranslation<ReportReturned> {

    record Data(UUID reportId, String kind, String reporterType, String reporterCode, String subjectType,
            String subjectRef, String period, Instant returnedAt) {
    }

    ReportReturnedV1() {
        super(ReportReturned.class, "reporting", "report-returned", 1);
    }

    @Override
    protected Data data(ReportReturned event) {
        return new Data(event.report().value(), ReportingContract.kind(event.kind()),
                ReportingContract.reporterType(event.reporter()), ReportingContract.reporterCode(event.reporter()),
                ReportingContract.subjectType(event.subject()), ReportingContract.subjectRef(event.subject()),
                ReportingContract.period(event.period()), event.at());
    }
}
