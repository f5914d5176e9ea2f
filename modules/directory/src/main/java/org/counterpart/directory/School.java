package org.counterpart.directory;

import java.util.Locale;

/**
 * A school the programmes work with: in Shanghai ({@link #region()} empty) or in a partner region. A Shanghai school
 * that undertakes tasks is also a {@link Unit} ({@link #unit()}).
 */
public record School(SchoolCode code, String nameZh, String nameEn, SchoolStage stage, RegionCode region, UnitCode unit) {

    public boolean isInShanghai() {
        return region == null;
    }

    public String name(Locale locale) {
        return Names.inLanguage(locale, nameZh, nameEn);
    }
}
