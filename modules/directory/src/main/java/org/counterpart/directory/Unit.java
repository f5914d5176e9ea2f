package org.counterpart.directory;

import java.util.List;
import java.util.Locale;

/**
 * 承办单位 — an undertaking or implementing unit. A generic unit (相关高校) stands for whichever units of that kind
 * take the work on; it is kept as the notice names it.
 */
public record Unit(UnitCode code, String nameZh, String nameEn, UnitKind kind, boolean generic, List<String> aliases) {

    public Unit {
        aliases = List.copyOf(aliases);
    }

    public String name(Locale locale) {
        return Names.inLanguage(locale, nameZh, nameEn);
    }
}
