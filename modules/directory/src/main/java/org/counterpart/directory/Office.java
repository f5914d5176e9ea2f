package org.counterpart.directory;

import java.util.List;
import java.util.Locale;

/** 处室 — one of the commission's offices, with the other spellings the notices use for it. */
public record Office(OfficeCode code, String nameZh, String nameEn, List<String> aliases) {

    public Office {
        aliases = List.copyOf(aliases);
    }

    public String name(Locale locale) {
        return Names.inLanguage(locale, nameZh, nameEn);
    }
}
