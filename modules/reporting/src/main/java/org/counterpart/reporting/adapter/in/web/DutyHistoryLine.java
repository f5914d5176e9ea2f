package org.counterpart.reporting.adapter.in.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.DutyChangeView;
import org.counterpart.reporting.DutyFrequency;
import org.counterpart.reporting.ReportKind;

/**
 * A line of a duty's history as the duty page shows it: when (Shanghai time), who, and what in words — "设立了报送任务",
 * "把期限天数从“10”改为“15”", "删除了报送任务". Codes are shown by name: reporters, kinds, frequencies.
 */
record DutyHistoryLine(LocalDateTime at, String by, String text) {

    static List<DutyHistoryLine> of(List<DutyChangeView> changes, ReportLabels labels, Locale locale) {
        var reporters = labels.reporterNames(locale);
        return changes.stream().map(c -> new DutyHistoryLine(LocalDateTime.ofInstant(c.at(), ReportLabels.SHANGHAI),
                c.by(), text(c, labels, reporters, locale))).toList();
    }

    private static String text(DutyChangeView change, ReportLabels labels, Map<String, String> reporters,
            Locale locale) {
        return switch (change.field()) {
            case "created" -> labels.message("reporting.duty.history.created", locale);
            case "deleted" -> labels.message("reporting.duty.history.deleted", locale);
            default -> labels.message(change.before() == null ? "reporting.duty.history.set"
                    : change.after() == null ? "reporting.duty.history.cleared" : "reporting.duty.history.changed",
                    locale, labels.message("reporting.duty.field." + change.field(), locale),
                    value(change.field(), change.before(), labels, reporters, locale),
                    value(change.field(), change.after(), labels, reporters, locale));
        };
    }

    private static String value(String field, String value, ReportLabels labels, Map<String, String> reporters,
            Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "reporter" -> reporters.getOrDefault(value, value);
            case "kind" -> labels.kind(ReportKind.valueOf(value), locale);
            case "frequency" -> labels.message("reporting.duty.frequency." + DutyFrequency.valueOf(value), locale);
            default -> value;
        };
    }
}
