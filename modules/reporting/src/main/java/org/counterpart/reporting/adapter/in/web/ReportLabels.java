package org.counterpart.reporting.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.directory.Directory;
import org.counterpart.directory.UnitQuery;
import org.counterpart.reporting.ReportKind;
import org.counterpart.reporting.ReportPeriod;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.ReportStatus;
import org.counterpart.reporting.Reporter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names for what reports and duties refer to by code: units and offices (from the directory, all at once per page or
 * answer), periods, kinds and states (from the bundle), in the user's language.
 */
@Component
class ReportLabels {

    /** The commission works in Shanghai time: today, due days and instants are shown in it. */
    static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    private final Directory directory;
    private final MessageSource messages;

    ReportLabels(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** A unit or office to choose, with its name. */
    record ReporterOption(String key, String name, boolean office) {
    }

    /** Every office, then every unit, in the directory's order. */
    List<ReporterOption> reporters(Locale locale) {
        var options = new ArrayList<ReporterOption>();
        directory.offices().forEach(o -> options.add(new ReporterOption(Reporter.office(o.code()).key(), o.name(locale),
                true)));
        directory.units(UnitQuery.all()).forEach(u -> options.add(new ReporterOption(Reporter.unit(u.code()).key(),
                u.name(locale), false)));
        return options;
    }

    /** Unit and office names by reporter key ({@code UNIT:shipei} → 市师资培训中心). */
    Map<String, String> reporterNames(Locale locale) {
        var names = new LinkedHashMap<String, String>();
        reporters(locale).forEach(r -> names.put(r.key(), r.name()));
        return names;
    }

    String period(ReportPeriod period, Locale locale) {
        return period == null ? null : messages.getMessage("reporting.duty.period." + period.frequency(),
                new Object[] { period.year(), period.index() }, locale);
    }

    String kind(ReportKind kind, Locale locale) {
        return kind == null ? null : messages.getMessage("reporting.report.kind." + kind, null, locale);
    }

    String status(ReportStatus status, Locale locale) {
        return status == null ? null : messages.getMessage("reporting.report.status." + status, null, locale);
    }

    String text(ReportRejected rejected, Locale locale) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A unit ({@code unit}) or office ({@code office}) code from a filter or form, or a reporter key. */
    static Reporter reporter(String unit, String office) {
        if (unit != null && !unit.isBlank()) {
            return new Reporter(org.counterpart.reporting.ReporterType.UNIT, unit);
        }
        if (office != null && !office.isBlank()) {
            return new Reporter(org.counterpart.reporting.ReporterType.OFFICE, office);
        }
        return null;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
