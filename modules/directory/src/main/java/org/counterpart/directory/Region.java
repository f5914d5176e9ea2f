package org.counterpart.directory;

/**
 * 对口地区 — a partner region ({@link #parent()} empty) or a finer place inside one (喀什 in 新疆).
 */
public record Region(RegionCode code, String nameZh, String nameEn, RegionKind kind, RegionCode parent) {

    public boolean isPartnerRegion() {
        return parent == null;
    }

    /** The name in the user's language: Chinese unless English is asked for. */
    public String name(java.util.Locale locale) {
        return Names.inLanguage(locale, nameZh, nameEn);
    }
}
