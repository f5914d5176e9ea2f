package org.counterpart.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 报送期次 — the stretch of a year a report covers: a month, quarter or half of it, the whole year, or — for a duty
 * asked once — the one occasion. Written as a code: {@code 2018-M07}, {@code 2018-Q3}, {@code 2018-H1},
 * {@code 2018-Y}, {@code 2018-ONCE}.
 *
 * @param index 1-based within the year (July is 7, the third quarter 3)
 */
public record ReportPeriod(int year, DutyFrequency frequency, int index) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(M(\\d{2})|Q([1-4])|H([12])|Y|ONCE)");

    public ReportPeriod {
        if (frequency == null || year < MIN_YEAR || year > MAX_YEAR || index < 1
                || index > frequency.periodsPerYear()) {
            throw ReportRejected.invalid("reporting.duty.period-invalid", year + "/" + frequency + "/" + index);
        }
    }

    /** Every period of a year at that frequency, in order. */
    public static List<ReportPeriod> of(int year, DutyFrequency frequency) {
        var periods = new ArrayList<ReportPeriod>();
        for (int i = 1; i <= frequency.periodsPerYear(); i++) {
            periods.add(new ReportPeriod(year, frequency, i));
        }
        return List.copyOf(periods);
    }

    /** Reads a period's code, case-insensitively; text that is none is refused. */
    public static ReportPeriod parse(String code) {
        var m = code == null ? null : CODE.matcher(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw ReportRejected.invalid("reporting.duty.period-invalid", String.valueOf(code));
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return new ReportPeriod(year, DutyFrequency.MONTHLY, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new ReportPeriod(year, DutyFrequency.QUARTERLY, Integer.parseInt(m.group(4)));
        }
        if (m.group(5) != null) {
            return new ReportPeriod(year, DutyFrequency.HALF_YEARLY, Integer.parseInt(m.group(5)));
        }
        return new ReportPeriod(year, "Y".equals(m.group(2)) ? DutyFrequency.YEARLY : DutyFrequency.ONCE, 1);
    }

    public String code() {
        return switch (frequency) {
            case MONTHLY -> "%d-M%02d".formatted(year, index);
            case QUARTERLY, HALF_YEARLY -> "%d-%s%d".formatted(year, frequency.code(), index);
            case YEARLY, ONCE -> year + "-" + frequency.code();
        };
    }

    /** The first day the period covers; a period asked once covers its year. */
    public LocalDate start() {
        int monthsLong = 12 / (frequency == DutyFrequency.ONCE ? 1 : frequency.periodsPerYear());
        return LocalDate.of(year, 1, 1).plusMonths((long) (index - 1) * monthsLong);
    }

    /** The last day the period covers. */
    public LocalDate end() {
        int monthsLong = 12 / (frequency == DutyFrequency.ONCE ? 1 : frequency.periodsPerYear());
        return start().plusMonths(monthsLong).minusDays(1);
    }

    @Override
    public String toString() {
        return code();
    }
}
