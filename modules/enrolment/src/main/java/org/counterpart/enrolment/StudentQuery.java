package org.counterpart.enrolment;

import org.counterpart.directory.UnitCode;

/**
 * Which students of a programme to list: optionally of one host school or stage, or whose name contains a text; one
 * page.
 *
 * @param page zero-based
 */
public record StudentQuery(EnrolmentProgrammeId programme, UnitCode hostSchool, StudentStage stage, String name,
        int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public StudentQuery {
        if (page < 0) {
            throw EnrolmentRejected.invalid("enrolment.query.page-invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw EnrolmentRejected.invalid("enrolment.query.size-invalid", MAX_PAGE_SIZE);
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public int offset() {
        return page * size;
    }

    public StudentQuery ofSchool(UnitCode school) {
        return new StudentQuery(programme, school, stage, name, page, size);
    }
}
