package org.counterpart.enrolment;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * Which programmes of an academic year to list: optionally of one kind, source region or host school; one page.
 *
 * @param page zero-based
 */
public record EnrolmentProgrammeQuery(int academicYear, ProgrammeKind kind, RegionCode region, UnitCode hostSchool,
        int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public EnrolmentProgrammeQuery {
        if (page < 0) {
            throw EnrolmentRejected.invalid("enrolment.query.page-invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw EnrolmentRejected.invalid("enrolment.query.size-invalid", MAX_PAGE_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
