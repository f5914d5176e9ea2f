package org.counterpart.reporting.adapter.in.web;

import java.util.List;
import java.util.SortedSet;
import java.util.UUID;

import org.counterpart.reporting.CreatedWebhookSubscription;
import org.counterpart.reporting.ManageWebhooks;
import org.counterpart.reporting.NewWebhookSubscription;
import org.counterpart.reporting.WebhookDeliveryView;
import org.counterpart.reporting.WebhookRejected;
import org.counterpart.reporting.WebhookSubscriptionView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Webhooks for downstream systems, as JSON. ADMIN only. A subscription's secret is never returned, except the one
 * the system made, once, in the answer to its creation.
 */
@RestController
@RequestMapping("/api/reporting/webhooks")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "reporting-webhooks", description = "Webhooks: signed CloudEvents for downstream systems")
class WebhookApiController {

    private final ManageWebhooks webhooks;

    WebhookApiController(ManageWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    record Items<T>(List<T> items, int total) {

        static <T> Items<T> of(List<T> items) {
            return new Items<>(items, items.size());
        }
    }

    @GetMapping
    @Operation(summary = "Every webhook subscription (without secrets)")
    Items<WebhookSubscriptionView> subscriptions() {
        return Items.of(webhooks.subscriptions());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to event types (exact, or a prefix ending in *); with no secret given, one "
            + "is made and returned in this answer only")
    CreatedWebhookSubscription subscribe(@RequestBody NewWebhookSubscription subscription) {
        return webhooks.subscribe(subscription);
    }

    @GetMapping("/event-types")
    @Operation(summary = "The event types a webhook may subscribe to")
    SortedSet<String> eventTypes() {
        return webhooks.eventTypes();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One subscription (without its secret)")
    WebhookSubscriptionView subscription(@PathVariable String id) {
        return webhooks.subscription(parse(id, "reporting.webhook.not-found"));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a subscription and its delivery log")
    void unsubscribe(@PathVariable String id) {
        webhooks.unsubscribe(parse(id, "reporting.webhook.not-found"));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "A subscription's delivery log, newest first: status, attempts, last response, next attempt")
    Items<WebhookDeliveryView> deliveries(@PathVariable String id, @RequestParam(defaultValue = "50") int limit) {
        return Items.of(webhooks.deliveries(parse(id, "reporting.webhook.not-found"), limit));
    }

    @PostMapping("/{id}/deliveries/{delivery}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a delivery again on the next dispatch, with a fresh budget of attempts")
    WebhookDeliveryView redeliver(@PathVariable String id, @PathVariable String delivery) {
        return webhooks.redeliver(parse(id, "reporting.webhook.not-found"),
                parse(delivery, "reporting.webhook.delivery-not-found"));
    }

    static UUID parse(String id, String notFoundKey) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw WebhookRejected.notFound(notFoundKey);
        }
    }
}
