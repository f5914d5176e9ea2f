package org.counterpart.training.adapter.in.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.counterpart.directory.Directory;
import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitCode;

/**
 * The names of regions, units and offices in the reader's language, each asked of the directory once per answer. A
 * year of 200 programmes names the same few regions, units and offices again and again: asked once per programme, the
 * list of 50 took 150 lookups and 112 ms at the benchmark's full size (docs/performance.md).
 */
final class DirectoryNamesOnce {

    private final Directory directory;
    private final Locale locale;
    private final Map<RegionCode, String> regions = new HashMap<>();
    private final Map<UnitCode, String> units = new HashMap<>();
    private final Map<OfficeCode, String> offices = new HashMap<>();

    DirectoryNamesOnce(Directory directory, Locale locale) {
        this.directory = directory;
        this.locale = locale;
    }

    String region(RegionCode code) {
        return regions.computeIfAbsent(code, c -> directory.region(c).map(r -> r.name(locale)).orElse(c.value()));
    }

    String unit(UnitCode code) {
        return units.computeIfAbsent(code, c -> directory.unit(c).map(u -> u.name(locale)).orElse(c.value()));
    }

    String office(OfficeCode code) {
        return offices.computeIfAbsent(code, c -> directory.office(c).map(o -> o.name(locale)).orElse(c.value()));
    }
}
