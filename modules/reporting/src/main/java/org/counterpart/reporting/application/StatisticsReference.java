package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;

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
 * tests, without the directory's beans (every code then stands for itself). What it says is kept for
 * {@link #KEPT_FOR}: regions, offices and units change seldom, and every figure read needs them.
 */
@Component
class StatisticsReference {

    static final Duration KEPT_FOR = Duration.ofSeconds(30);

    private record Kept(StatisticsDirectory directory, Instant until) {
    }

    private final ObjectProvider<Directory> directory;
    private final Clock clock;
    private volatile Kept kept;

    StatisticsReference(ObjectProvider<Directory> directory, Optional<Clock> clock) {
        this.directory = directory;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    StatisticsDirectory directory() {
        var now = clock.instant();
        var last = kept;
        if (last != null && now.isBefore(last.until())) {
            return last.directory();
        }
        var read = read();
        kept = new Kept(read, now.plus(KEPT_FOR));
        return read;
    }

    private StatisticsDirectory read() {
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
