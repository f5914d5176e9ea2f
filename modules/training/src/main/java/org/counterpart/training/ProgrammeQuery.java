package org.counterpart.training;

import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * Which programmes of a year to list: optionally of one partner region, mode or implementing unit; one page.
 *
 * @param page zero-based
 */
public record ProgrammeQuery(int year, RegionCode region, TrainingMode mode, UnitCode unit, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public ProgrammeQuery {
        if (page < 0) {
            throw TrainingRejected.invalid("training.query.page-invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw TrainingRejected.invalid("training.query.size-invalid", MAX_PAGE_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
