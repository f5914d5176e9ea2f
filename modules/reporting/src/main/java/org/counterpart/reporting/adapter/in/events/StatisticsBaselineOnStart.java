package org.counterpart.reporting.adapter.in.events;

import org.counterpart.reporting.RebuildStatistics;
import org.counterpart.reporting.TakeStatisticsBaseline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready — after the demo data is loaded and its events are on their way — rebuilds the
 * statistics' read models from the event log if an upgrade changed their shape, then takes the statistics' baseline of what the other modules held before the statistics heard them. A failure is logged and
 * leaves the baseline to the next start; it never stops the application.
 */
@Component
class StatisticsBaselineOnStart {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsBaselineOnStart.class);

    private final TakeStatisticsBaseline baseline;
    private final RebuildStatistics rebuild;

    StatisticsBaselineOnStart(TakeStatisticsBaseline baseline, RebuildStatistics rebuild) {
        this.baseline = baseline;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void whenReady() {
        try {
            rebuild.rebuildIfOutdated().ifPresent(state -> LOG.info(
                    "Rebuilt the statistics' read models in their new shape: {} events replayed, {} skipped",
                    state.replayed(), state.skipped()));
        } catch (RuntimeException e) {
            LOG.error("Could not rebuild the statistics' read models; they are rebuilt at the next start", e);
        }
        try {
            baseline.takeBaseline();
        } catch (RuntimeException e) {
            LOG.error("Could not take the statistics' baseline; it is left for the next start", e);
        }
    }
}
