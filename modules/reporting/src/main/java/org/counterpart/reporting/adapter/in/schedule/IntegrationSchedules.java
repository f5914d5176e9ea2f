package org.counterpart.reporting.adapter.in.schedule;

import org.counterpart.reporting.DispatchWebhooks;
import org.counterpart.reporting.PublicationAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every few seconds: resubmits the publications of events for downstream systems that failed (the broker was away or
 * refused) or went stale, and sends the webhook deliveries that are due; once after the start, resubmits
 * what any listener left incomplete. Several instances may run these; a claim on each publication in the registry
 * and the deliveries' versions let only one of them take each publication or delivery.
 */
@Configuration
@EnableScheduling
class IntegrationSchedules {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationSchedules.class);

    private final PublicationAdministration publications;
    private final DispatchWebhooks webhooks;

    IntegrationSchedules(PublicationAdministration publications, DispatchWebhooks webhooks) {
        this.publications = publications;
        this.webhooks = webhooks;
    }

    /**
     * Once, {@code resubmit-older-than} after the start: whatever any listener left incomplete (a stop in the middle,
     * a failure), claimed like every resubmission. This replaces Spring Modulith's republication on restart
     * ({@code spring.modulith.events.republish-outstanding-events-on-restart}, off), which resubmits every incomplete
     * publication however young — also those another instance is working on right now.
     */
    @Scheduled(initialDelayString = "${counterpart.reporting.integration.resubmit-older-than:30s}")
    void resubmitLeftOverAfterStart() {
        var resubmitted = publications.resubmitIncomplete();
        LOG.info("After the start: resubmitted {} incomplete event publication(s) left from before", resubmitted);
    }

    @Scheduled(fixedDelayString = "${counterpart.reporting.integration.resubmit-interval:10s}",
            initialDelayString = "${counterpart.reporting.integration.resubmit-interval:10s}")
    void resubmitOutstanding() {
        var resubmitted = publications.resubmitOutstandingIntegration();
        if (resubmitted > 0) {
            LOG.info("Resubmitted {} incomplete publication(s) of events for downstream systems", resubmitted);
        }
    }

    @Scheduled(fixedDelayString = "${counterpart.reporting.webhooks.dispatch-interval:5s}",
            initialDelayString = "${counterpart.reporting.webhooks.dispatch-interval:5s}")
    void dispatchWebhooks() {
        webhooks.dispatchDue();
    }
}
