package org.counterpart.reporting.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code counterpart.reporting.integration.*}: how events for downstream systems are named and retried.
 *
 * @param source            the CloudEvents source of every event is this plus {@code /<module>}
 * @param dataschemaBaseUrl where {@code docs/events/schemas/} is published; an event's dataschema is this plus
 *                          {@code <type>.json}
 * @param resubmitOlderThan publications younger than this are left alone by resubmission: they may still be running;
 *                          the scheduled retry also waits this long after a first resubmission, twice as long after the
 *                          next, and so on up to {@code resubmitMaxBackoff}, so a long outage is not hammered
 * @param staleAfter        a publication neither completed nor failed this long after it was published or last
 *                          resubmitted is taken for lost with the instance that was sending it (or had marked it for
 *                          resubmission), and resubmitted; before that, one still waiting its turn in a long queue (a
 *                          large import) is left to its instance, and not sent twice
 */
@ConfigurationProperties("counterpart.reporting.integration")
public record IntegrationProperties(@DefaultValue("/counterpart") String source,
        @DefaultValue("https://counterpart.example/events/schemas/") String dataschemaBaseUrl,
        @DefaultValue("30s") Duration resubmitOlderThan, @DefaultValue("5m") Duration resubmitMaxBackoff,
        @DefaultValue("10m") Duration staleAfter) {

    /** How long the scheduled retry waits after the given number of resubmissions before the next. */
    Duration resubmitBackoffAfter(int resubmissions) {
        var doublings = Math.min(Math.max(resubmissions - 1, 0), 20);
        var wait = resubmitOlderThan.multipliedBy(1L << doublings);
        return wait.compareTo(resubmitMaxBackoff) > 0 ? resubmitMaxBackoff : wait;
    }

    String sourceOf(String module) {
        return source + "/" + module;
    }

    String dataschemaOf(String type) {
        return (dataschemaBaseUrl.endsWith("/") ? dataschemaBaseUrl : dataschemaBaseUrl + "/") + type + ".json";
    }
}
