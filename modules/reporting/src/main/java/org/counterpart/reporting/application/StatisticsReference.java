package org.counterpart.reporting.application;

import java.util.HashMap;

import org.counterpart.directory.Directory;
import org.counterpart.directory.Region;
import org.counterpart.directory.RegionCode;
import org.counterpart.directory.UnitQuery;
import org.counterpart.reporting.domain.StatisticsDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The directory's regions, offices and units as the statistics read them — the places each region lies in and the
 * order they are listed in. The directory is looked up when needed: the reporting module also runs alone in its own
 * tests, without the directory's beans (every code then stands for itself).
 */
@Component
class StatisticsReference {

    private final ObjectProvider<Directory> directory;

    StatisticsReference(ObjectProvider<Directory> directory) {
        this.directory = directory;
    }

    StatisticsDirectory directory() {
        var known = directory.getIfAvailable();
        if (known == null) {
            return StatisticsDirectory.NONE;
        }
        var regions = known.regions();
        var parents = new HashMap<String, String>();
        regions.stream().filter(r -> r.parent() != null).forEach(r -> parents.put(r.code().value(),
                r.parent().value()));
        return new StatisticsDirectory(parents, regions.stream().map(Region::code).map(RegionCode::value).toList(),
                known.offices().stream().map(o -> o.code().value()).toList(),
                known.units(UnitQuery.all()).stream().map(u -> u.code().value()).toList());
    }
}
