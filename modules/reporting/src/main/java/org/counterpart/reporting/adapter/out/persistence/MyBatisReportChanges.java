package org.counterpart.reporting.adapter.out.persistence;

import java.util.UUID;

import org.counterpart.reporting.domain.ReportChanges;
import org.springframework.stereotype.Repository;

/** The change token in {@code reporting_report_changes}; the duties' and reports' stores draw a new one per change. */
@Repository
class MyBatisReportChanges implements ReportChanges {

    private final ReportChangesMapper mapper;

    MyBatisReportChanges(ReportChangesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String current() {
        return mapper.selectToken();
    }

    /** A change to duties or reports: a token never drawn before. */
    void changed() {
        mapper.updateToken(UUID.randomUUID().toString());
    }
}
