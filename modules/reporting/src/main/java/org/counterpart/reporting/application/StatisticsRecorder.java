package org.counterpart.reporting.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.domain.LoggedEvents;
import org.counterpart.reporting.domain.StatisticsEvents;
import org.counterpart.reporting.domain.StatisticsLedger;
import org.counterpart.reporting.domain.StatisticsProjection;
import org.counterpart.reporting.domain.StatisticsStore;
import org.counterpart.reporting.domain.StatisticsWriteBuffer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs events (or baselines) and adds the facts they state, once: under the statistics' write lock, an event whose
 * id the log holds already — or that came earlier in the same group — is a repetition and changes nothing.
 */
@Component
class StatisticsRecorder {

    private final LoggedEvents log;
    private final StatisticsStore store;
    private final Clock clock;

    StatisticsRecorder(LoggedEvents log, StatisticsStore store, Optional<Clock> clock) {
        this.log = log;
        this.store = store;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return whether the event was new to the log and applied; false too for an event the statistics do not keep */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean apply(Object event) {
        return applyAll(List.of(event)).get(0);
    }

    /**
     * Records the events in their order, as many {@link #apply} would, with one lock, one look-up of their ids in the
     * log, their entries appended together and the statistics' rows and sums written once for all of them.
     *
     * @return for each event, whether it was new to the log and applied
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Boolean> applyAll(List<?> events) {
        var applied = new ArrayList<Boolean>(events.size());
        var entries = new ArrayList<LoggedEvents.Entry>();
        var toRecord = new ArrayList<Object>();
        var types = new ArrayList<String>(events.size());
        var ids = new ArrayList<UUID>(events.size());
        log.lockForWriting();
        for (var event : events) {
            var type = StatisticsEvents.typeOf(event);
            types.add(type.orElse(null));
            ids.add(type.isEmpty() ? null : StatisticsEvents.naturalId(event).orElseGet(UUID::randomUUID));
        }
        var seen = new HashSet<>(log.containing(ids.stream().filter(id -> id != null).toList()));
        var now = clock.instant();
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            var id = ids.get(i);
            if (id == null || !seen.add(id)) {
                applied.add(false);
                continue;
            }
            applied.add(true);
            entries.add(new LoggedEvents.Entry(id, types.get(i), StatisticsEvents.sourceOf(event),
                    StatisticsEvents.yearOf(event).orElse(null), event, now));
            toRecord.add(event);
        }
        log.appendAll(entries);
        var buffer = new StatisticsWriteBuffer(store);
        var ledger = StatisticsLedger.recording(buffer);
        toRecord.forEach(event -> ledger.record(StatisticsProjection.factsOf(event)));
        buffer.flush();
        return applied;
    }
}
