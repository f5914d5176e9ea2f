package org.counterpart.enrolment;

import java.math.BigDecimal;
import java.util.List;

import org.counterpart.directory.RegionCode;

/** Subsidies granted (元): in all, and by the students' source region, with how many students received them. */
public record SubsidyTotals(BigDecimal total, int grants, List<ByRegion> byRegion) {

    public SubsidyTotals {
        byRegion = List.copyOf(byRegion);
    }

    public record ByRegion(RegionCode region, int students, int grants, BigDecimal amount) {
    }
}
