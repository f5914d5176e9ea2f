package org.counterpart.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The commission works in Shanghai time: due days are Shanghai days, instants are compared to them there. */
public final class ReportCalendar {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ReportCalendar() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, SHANGHAI);
    }
}
