package org.counterpart.reporting.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.reporting.domain.LoggedEvents;
import org.counterpart.reporting.domain.StatisticsEvents;
import org.counterpart.reporting.domain.StatisticsLedger;
import org.counterpart.reporting.domain.StatisticsProjection;
import org.counterpart.reporting.domain.StatisticsStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs an event (or a baseline) and adds the facts it states, once: under the statistics' write lock, an event whose
 * id the log holds already is a repetition and changes nothing.
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
        var type = StatisticsEvents.typeOf(event);
        if (type.isEmpty()) {
            return false;
        }
        log.lockForWriting();
        var id = StatisticsEvents.naturalId(event).orElseGet(UUID::randomUUID);
        if (log.contains(id)) {
            return false;
        }
        log.append(id, type.get(), StatisticsEvents.sourceOf(event), StatisticsEvents.yearOf(event).orElse(null),
                event, clock.instant());
        StatisticsLedger.recording(store).record(StatisticsProjection.factsOf(event));
        return true;
    }
}
