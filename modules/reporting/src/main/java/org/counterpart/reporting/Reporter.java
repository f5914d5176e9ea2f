package org.counterpart.reporting;

import java.util.Locale;
import java.util.Objects;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.UnitCode;

/**
 * 报送单位 — the unit or office a report comes from and a duty asks: {@code UNIT:shipei} is 市师资培训中心,
 * {@code OFFICE:zhijiao} is 职教处.
 */
public record Reporter(ReporterType type, String code) {

    public Reporter {
        if (type == null || code == null || code.isBlank()) {
            throw ReportRejected.invalid("reporting.duty.reporter-required");
        }
        code = code.strip();
    }

    public static Reporter unit(UnitCode unit) {
        return new Reporter(ReporterType.UNIT, unit.value());
    }

    public static Reporter office(OfficeCode office) {
        return new Reporter(ReporterType.OFFICE, office.value());
    }

    /** Reads {@code UNIT:shipei} or {@code office:zhijiao}; anything else is refused. */
    public static Reporter parse(String key) {
        if (key == null || key.indexOf(':') < 1) {
            throw ReportRejected.invalid("reporting.duty.reporter-unknown", String.valueOf(key));
        }
        try {
            var type = ReporterType.valueOf(key.substring(0, key.indexOf(':')).strip().toUpperCase(Locale.ROOT));
            return new Reporter(type, key.substring(key.indexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            throw ReportRejected.invalid("reporting.duty.reporter-unknown", key);
        }
    }

    public String key() {
        return type + ":" + code;
    }

    public boolean isUnit(UnitCode unit) {
        return type == ReporterType.UNIT && Objects.equals(code, unit == null ? null : unit.value());
    }

    public boolean isOffice(OfficeCode office) {
        return type == ReporterType.OFFICE && Objects.equals(code, office == null ? null : office.value());
    }

    @Override
    public String toString() {
        return key();
    }
}
