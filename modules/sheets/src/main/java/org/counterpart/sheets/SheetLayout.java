package org.counterpart.sheets;

import java.util.HashSet;
import java.util.List;

/**
 * What a table file must look like: the columns of its header, in order, as a spreadsheet shows them, and the limits
 * a file read with it must keep to. A module names its layout once (a plan's 序号, 实施地区, …; a roster's 姓名,
 * 性别, …) and reads and writes its files with it through {@link SheetFiles}.
 *
 * <p>Header cells are compared ignoring white space (a header broken over two lines, padded with full-width spaces)
 * and the width of parentheses, so {@code 责任处室 (承办单位)} in a file matches {@code 责任处室（承办单位）} here.
 *
 * @param header the column titles; at least two, none blank, no two alike as compared
 * @param maxMegabytes the largest file read, in MB
 * @param maxRows the most rows read after the header (blank rows do not count)
 * @param maxUnpackedBytes the most a workbook, which is a ZIP, may unpack to
 */
public record SheetLayout(List<String> header, int maxMegabytes, int maxRows, long maxUnpackedBytes) {

    /** The largest file read by default: far more than 10,000 rows of text need, far less than memory allows. */
    public static final int DEFAULT_MAX_MEGABYTES = 10;

    /** The most rows read by default. */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    /**
     * The most a workbook may unpack to by default. POI holds what a workbook (a ZIP) unpacks to in memory, and a
     * 10 MB upload may inflate a hundredfold; 10,000 rows of long Chinese text unpack to about 10 MB, so this leaves room
     * for styles and pictures.
     */
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    public SheetLayout {
        header = List.copyOf(header);
        /*
         * A row before the header holding a single cell is taken for a title ("附件2"), the first row with more cells
         * for the header: a one-column header could not be told from a title.
         */
        if (header.size() < 2) {
            throw new IllegalArgumentException("A sheet has at least two columns: " + header);
        }
        var keys = new HashSet<String>();
        for (String title : header) {
            if (title.isBlank()) {
                throw new IllegalArgumentException("A column title is blank: " + header);
            }
            if (!keys.add(SheetFiles.headerKey(title))) {
                throw new IllegalArgumentException("Two columns are titled alike: " + header);
            }
        }
        if (maxMegabytes < 1 || maxRows < 1 || maxUnpackedBytes < 1) {
            throw new IllegalArgumentException("Limits are positive: %d MB, %d rows, %d bytes unpacked"
                    .formatted(maxMegabytes, maxRows, maxUnpackedBytes));
        }
    }

    /** A layout with these column titles and the default limits: 10 MB, 10,000 rows, 64 MB unpacked. */
    public static SheetLayout of(List<String> header) {
        return new SheetLayout(header, DEFAULT_MAX_MEGABYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_UNPACKED_BYTES);
    }

    /** A layout with these column titles and the default limits: 10 MB, 10,000 rows, 64 MB unpacked. */
    public static SheetLayout of(String... header) {
        return of(List.of(header));
    }

    public SheetLayout withMaxMegabytes(int megabytes) {
        return new SheetLayout(header, megabytes, maxRows, maxUnpackedBytes);
    }

    public SheetLayout withMaxRows(int rows) {
        return new SheetLayout(header, maxMegabytes, rows, maxUnpackedBytes);
    }

    public SheetLayout withMaxUnpackedBytes(long bytes) {
        return new SheetLayout(header, maxMegabytes, maxRows, bytes);
    }

    /** The number of columns. */
    public int width() {
        return header.size();
    }

    /** The largest file read, in bytes. */
    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }
}
