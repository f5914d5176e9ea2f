package org.counterpart.enrolment;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * An enrolment programme with its quota lines filled so far and the subsidies granted under it. Funding is in 万元
 * (Attachment 1), subsidies in 元, each exact.
 */
public record EnrolmentProgrammeSummary(EnrolmentProgrammeId id, int academicYear, ProgrammeKind kind, String name,
        RegionCode sourceRegion, Integer planTask, OfficeCode coordinatingOffice, BigDecimal funding,
        List<QuotaFill> quotas, BigDecimal subsidised, long version) {

    public EnrolmentProgrammeSummary {
        quotas = List.copyOf(quotas);
    }

    public List<UnitCode> hostSchools() {
        var schools = new LinkedHashSet<UnitCode>();
        quotas.forEach(q -> schools.add(q.line().hostSchool()));
        return List.copyOf(schools);
    }

    public int quota() {
        return quotas.stream().mapToInt(q -> q.line().seats()).sum();
    }

    public int admitted() {
        return quotas.stream().mapToInt(QuotaFill::admitted).sum();
    }

    public int enrolled() {
        return quotas.stream().mapToInt(QuotaFill::enrolled).sum();
    }

    public int graduated() {
        return quotas.stream().mapToInt(QuotaFill::graduated).sum();
    }

    public int awaiting() {
        return quotas.stream().mapToInt(QuotaFill::awaiting).sum();
    }

    public int withdrawn() {
        return quotas.stream().mapToInt(QuotaFill::withdrawn).sum();
    }

    public int filled() {
        return quotas.stream().mapToInt(QuotaFill::filled).sum();
    }
}
