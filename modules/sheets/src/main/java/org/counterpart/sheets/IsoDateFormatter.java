package org.counterpart.sheets;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A cell's text as the sheet shows it, except a date: whatever format the cell gives it, a date is read as ISO 8601
 * ({@code 2018-09-01}, with {@code HH:mm} where it has a time of day). Excel shows its built-in short date in the
 * reader's locale, and POI, without one, in the American {@code m/d/yy} — a Chinese user's 2018/9/1 would be read as
 * {@code 9/1/18}; others format dates as {@code 2018年9月1日} or {@code 01-Sep-18}. Read as ISO, a date typed into
 * any workbook means one thing to every import. A time alone (no day) keeps its format.
 */
final class IsoDateFormatter extends DataFormatter {

    private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    IsoDateFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (value >= 1 && DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(formatIndex, formatString)) {
            var dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.format(WITH_TIME);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
