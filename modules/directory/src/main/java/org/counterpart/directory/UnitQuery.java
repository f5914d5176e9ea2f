package org.counterpart.directory;

/**
 * Which units to list: optionally of one kind, optionally whose name contains the text, one page of them.
 *
 * @param page zero-based
 */
public record UnitQuery(UnitKind kind, String text, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public UnitQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static UnitQuery all() {
        return new UnitQuery(null, null, 0, MAX_PAGE_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
