package org.counterpart.enrolment;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * A student to register in a programme. The national ID number as typed (checked against GB 11643 when used);
 * county (县、市、区) and major may be empty.
 *
 * @param poverty 建档立卡 — registered as a poor household
 */
public record NewStudent(String name, Gender gender, String ethnicity, String nationalId, RegionCode sourceRegion,
        String county, boolean poverty, UnitCode hostSchool, String major, int cohortYear) {
}
