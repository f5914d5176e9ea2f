package org.counterpart.enrolment;

import java.math.BigDecimal;
import java.util.List;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;

/**
 * What plans an enrolment programme. Name, region, task and office default to the kind's; funding in 万元 may be
 * {@code null} (none of its own).
 */
public record NewEnrolmentProgramme(int academicYear, ProgrammeKind kind, String name, RegionCode sourceRegion,
        Integer planTask, OfficeCode coordinatingOffice, BigDecimal funding, List<QuotaLine> quotas) {

    public NewEnrolmentProgramme {
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }
}
