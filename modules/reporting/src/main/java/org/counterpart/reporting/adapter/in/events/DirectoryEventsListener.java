package org.counterpart.reporting.adapter.in.events;

import java.time.Clock;

import org.counterpart.directory.UnitRegistered;
import org.counterpart.reporting.Activity;
import org.counterpart.reporting.RecordActivity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears what changes in the directory. Runs after the directory's transaction commits, in its own transaction,
 * and the event publication registry retries it until it succeeds.
 */
@Component
class DirectoryEventsListener {

    private final RecordActivity activities;
    private final Clock clock;

    DirectoryEventsListener(RecordActivity activities, java.util.Optional<Clock> clock) {
        this.activities = activities;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(UnitRegistered event) {
        activities.record(new Activity(clock.instant(), "unit-registered", event.nameZh(), "directory"));
    }
}
