package org.counterpart.reporting;

import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The commission office manages the webhooks downstream systems receive events through. ADMIN only. */
@PrimaryPort
public interface ManageWebhooks {

    List<WebhookSubscriptionView> subscriptions();

    /** @throws WebhookRejected {@code reporting.webhook.*} when the URL, the types or the secret will not do */
    CreatedWebhookSubscription subscribe(NewWebhookSubscription subscription);

    /** @throws WebhookRejected {@code reporting.webhook.not-found} */
    void unsubscribe(UUID subscription);

    /** @throws WebhookRejected {@code reporting.webhook.not-found} */
    WebhookSubscriptionView subscription(UUID subscription);

    /** The newest deliveries of one subscription first. */
    List<WebhookDeliveryView> deliveries(UUID subscription, int limit);

    /**
     * Sends a delivery again, with a fresh budget of attempts, on the next dispatch.
     *
     * @throws WebhookRejected {@code reporting.webhook.delivery-not-found}
     */
    WebhookDeliveryView redeliver(UUID subscription, UUID delivery);

    /** Every event type a webhook may subscribe to. */
    SortedSet<String> eventTypes();
}
