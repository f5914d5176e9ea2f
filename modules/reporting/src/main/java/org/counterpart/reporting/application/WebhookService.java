package org.counterpart.reporting.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;

import org.counterpart.directory.CurrentUser;
import org.counterpart.directory.TimeOrderedIds;
import org.counterpart.reporting.CreatedWebhookSubscription;
import org.counterpart.reporting.DispatchWebhooks;
import org.counterpart.reporting.ManageWebhooks;
import org.counterpart.reporting.NewWebhookSubscription;
import org.counterpart.reporting.WebhookDeliveryView;
import org.counterpart.reporting.WebhookRejected;
import org.counterpart.reporting.WebhookSubscriptionView;
import org.counterpart.reporting.domain.AdministrationLog;
import org.counterpart.reporting.domain.IntegrationEventLog;
import org.counterpart.reporting.domain.WebhookDeliveries;
import org.counterpart.reporting.domain.WebhookDelivery;
import org.counterpart.reporting.domain.WebhookSignature;
import org.counterpart.reporting.domain.WebhookSubscription;
import org.counterpart.reporting.domain.WebhookSubscriptions;
import org.counterpart.reporting.domain.WebhookTransport;
import org.counterpart.reporting.integration.IntegrationEvent;
import org.counterpart.reporting.integration.IntegrationListenerIds;
import org.counterpart.reporting.integration.IntegrationTranslations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhooks: the subscriptions the commission office manages, the fan-out of each event for downstream systems into
 * one delivery per matching subscription (recorded in the event's own listener transaction, so once), and the
 * dispatch of due deliveries — signed, retried with exponential back-off, logged.
 */
@Service
class WebhookService implements ManageWebhooks, DispatchWebhooks {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookService.class);
    private static final int MIN_SECRET = 16;
    private static final int MAX_URL = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final IntegrationEventLog eventLog;
    private final WebhookTransport transport;
    private final IntegrationTranslations translations;
    private final WebhookProperties properties;
    private final AdministrationLog administration;
    private final Optional<CurrentUser> currentUser;
    private final Clock clock;

    /** How long the event types some subscription takes are kept in memory between reads. */
    static final long SUBSCRIBED_KEPT_NANOS = 5_000_000_000L;

    private record Subscribed(List<WebhookSubscription> subscriptions, long until) {
    }

    private volatile Subscribed subscribed;

    WebhookService(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, IntegrationEventLog eventLog,
            WebhookTransport transport, IntegrationTranslations translations, WebhookProperties properties,
            AdministrationLog administration, Optional<CurrentUser> currentUser, Optional<Clock> clock) {
        this.subscriptions = subscriptions;
        this.administration = administration;
        this.deliveries = deliveries;
        this.eventLog = eventLog;
        this.transport = transport;
        this.translations = translations;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WebhookSubscriptionView> subscriptions() {
        return subscriptions.all().stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public WebhookSubscriptionView subscription(UUID id) {
        return view(existing(id));
    }

    @Override
    @Transactional
    public CreatedWebhookSubscription subscribe(NewWebhookSubscription request) {
        var url = url(request.url());
        var types = types(request.eventTypes());
        var given = request.secret() == null || request.secret().isBlank() ? null : request.secret().strip();
        if (given != null && given.length() < MIN_SECRET) {
            throw WebhookRejected.invalid("reporting.webhook.secret-too-short", MIN_SECRET);
        }
        var secret = given != null ? given : newSecret();
        var label = request.label() == null || request.label().isBlank() ? url.getHost() : request.label().strip();
        if (label.length() > 200) {
            throw WebhookRejected.invalid("reporting.webhook.label-too-long", 200);
        }
        var by = currentUser.flatMap(CurrentUser::get).map(u -> u.username()).orElse("system");
        var subscription = new WebhookSubscription(TimeOrderedIds.next(), url, types, label, secret, clock.instant(), by);
        subscriptions.add(subscription);
        subscribed = null;
        logged(AdministrationLog.WEBHOOK_SUBSCRIBE, "label=" + label + ", url=" + url);
        return new CreatedWebhookSubscription(view(subscription), given == null ? secret : null);
    }

    @Override
    @Transactional
    public void unsubscribe(UUID id) {
        var subscription = existing(id);
        if (!subscriptions.remove(id)) {
            throw WebhookRejected.notFound("reporting.webhook.not-found");
        }
        subscribed = null;
        logged(AdministrationLog.WEBHOOK_UNSUBSCRIBE, "label=" + subscription.label() + ", url=" + subscription.url());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WebhookDeliveryView> deliveries(UUID subscription, int limit) {
        existing(subscription);
        return deliveries.ofSubscription(subscription, Math.max(1, Math.min(limit, 500))).stream()
                .map(WebhookService::view).toList();
    }

    @Override
    @Transactional
    public WebhookDeliveryView redeliver(UUID subscription, UUID delivery) {
        var found = deliveries.find(delivery).filter(d -> d.subscriptionId().equals(subscription))
                .orElseThrow(() -> WebhookRejected.notFound("reporting.webhook.delivery-not-found"));
        var again = found.redeliver(clock.instant());
        if (!deliveries.update(again)) {
            throw WebhookRejected.invalid("reporting.webhook.delivery-busy");
        }
        logged(AdministrationLog.WEBHOOK_REDELIVER, "label=" + existing(subscription).label() + ", delivery=" + delivery);
        return view(deliveries.find(delivery).orElse(again));
    }

    @Override
    public SortedSet<String> eventTypes() {
        return translations.types();
    }

    /**
     * Whether any subscription takes the event: asked as the event is published, inside the business transaction, so
     * that an event nobody subscribed to leaves no publication for the fan-out (a plan import of 10,000 tasks made
     * 10,000 of them, each a transaction, with no subscription at all). The subscriptions are read at most every
     * {@value #SUBSCRIBED_KEPT_NANOS} ns (5 s), and at once after a change here: one added on another instance takes
     * the events published from at most 5 s after it was added.
     */
    public boolean anyTakes(IntegrationEvent event) {
        var kept = subscribed;
        long now = System.nanoTime();
        if (kept == null || now - kept.until() > 0) {
            kept = subscribed = new Subscribed(List.copyOf(subscriptions.all()), now + SUBSCRIBED_KEPT_NANOS);
        }
        return kept.subscriptions().stream().anyMatch(s -> s.accepts(event.type()));
    }

    /** One delivery per subscription that takes the event; a second run for the same event adds none. */
    @ApplicationModuleListener(id = IntegrationListenerIds.WEBHOOK_FAN_OUT,
            condition = "@webhookService.anyTakes(#root.args[0])")
    @Async(IntegrationListenerIds.DELIVERY_EXECUTOR)
    void fanOut(IntegrationEvent event) {
        var now = clock.instant();
        var takers = subscriptions.all().stream().filter(s -> s.accepts(event.type())).toList();
        if (takers.isEmpty()) {
            return;
        }
        eventLog.recordIfAbsent(event);
        takers.forEach(s -> deliveries.addIfAbsent(WebhookDelivery.due(s.id(), event.id(), event.type(), now)));
    }

    /**
     * Sends what is due. Each delivery is claimed first (another instance's dispatcher skips it) and sent outside any
     * transaction: a slow receiver holds no database connection.
     */
    @Override
    public int dispatchDue() {
        var now = clock.instant();
        var attempted = 0;
        for (var delivery : deliveries.due(now, properties.batchSize())) {
            if (!deliveries.claim(delivery, now.plus(properties.lease()))) {
                continue;
            }
            attempted++;
            attempt(deliveries.find(delivery.id()).orElse(delivery));
        }
        return attempted;
    }

    private void attempt(WebhookDelivery delivery) {
        var subscription = subscriptions.find(delivery.subscriptionId());
        var event = eventLog.find(delivery.eventId());
        WebhookDelivery outcome;
        if (subscription.isEmpty() || event.isEmpty()) {
            outcome = delivery.failed(clock.instant(), null, "subscription or event no longer kept",
                    properties.retryPolicy());
        } else {
            var response = send(subscription.get(), event.get(), delivery.id());
            outcome = response.successful() ? delivery.delivered(clock.instant(), response.statusCode())
                    : delivery.failed(clock.instant(), response.statusCode(), response.error(),
                            properties.retryPolicy());
            if (!response.successful()) {
                LOG.info("Webhook delivery {} of {} to {} failed ({}): attempt {}, next {}", delivery.id(),
                        delivery.eventType(), subscription.get().url(),
                        response.statusCode() != null ? response.statusCode() : response.error(), outcome.attempts(),
                        outcome.nextAttemptAt());
            }
        }
        if (!deliveries.update(outcome)) {
            LOG.warn("Webhook delivery {} changed while it was sent; its outcome is not recorded", delivery.id());
        }
    }

    private WebhookTransport.Response send(WebhookSubscription subscription, IntegrationEvent event, UUID delivery) {
        var body = event.data().getBytes(StandardCharsets.UTF_8);
        var timestamp = clock.instant().getEpochSecond();
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", IntegrationEvent.CONTENT_TYPE);
        headers.put("ce-specversion", IntegrationEvent.SPEC_VERSION);
        headers.put("ce-id", event.id().toString());
        headers.put("ce-source", event.source());
        headers.put("ce-type", event.type());
        headers.put("ce-time", event.time().toString());
        headers.put("ce-dataschema", event.dataSchema());
        headers.put("X-Counterpart-Delivery", delivery.toString());
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(subscription.secret(), timestamp,
                event.id().toString(), event.type(), body));
        try {
            return transport.post(subscription.url(), Map.copyOf(headers), body);
        } catch (RuntimeException e) {
            return new WebhookTransport.Response(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** What an administrator did to the webhooks, in the administration log. */
    private void logged(String action, String outcome) {
        administration.add(AdministrationLog.Entry.of(clock.instant(), action, currentUser.flatMap(CurrentUser::get),
                outcome));
    }

    private WebhookSubscription existing(UUID id) {
        return subscriptions.find(id).orElseThrow(() -> WebhookRejected.notFound("reporting.webhook.not-found"));
    }

    private static URI url(String text) {
        var value = text == null ? "" : text.strip();
        try {
            var url = new URI(value);
            var scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
                    || value.length() > MAX_URL || url.getUserInfo() != null) {
                throw WebhookRejected.invalid("reporting.webhook.url-invalid", value);
            }
            return url;
        } catch (URISyntaxException e) {
            throw WebhookRejected.invalid("reporting.webhook.url-invalid", value);
        }
    }

    private List<String> types(List<String> requested) {
        var known = translations.types();
        var types = (requested == null ? List.<String>of() : requested).stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).distinct().toList();
        if (types.isEmpty()) {
            throw WebhookRejected.invalid("reporting.webhook.types-required");
        }
        for (var type : types) {
            var matchesAny = type.endsWith("*")
                    ? known.stream().anyMatch(k -> k.startsWith(type.substring(0, type.length() - 1)))
                    : known.contains(type);
            if (!matchesAny || type.length() > 200) {
                throw WebhookRejected.invalid("reporting.webhook.type-unknown", type);
            }
        }
        return types;
    }

    private static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private WebhookSubscriptionView view(WebhookSubscription s) {
        return new WebhookSubscriptionView(s.id(), s.url().toString(), s.eventTypes(), s.label(), s.createdAt(),
                s.createdBy(), deliveries.count(s.id(), WebhookDelivery.Status.PENDING),
                deliveries.count(s.id(), WebhookDelivery.Status.FAILED));
    }

    private static WebhookDeliveryView view(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id(), d.subscriptionId(), d.eventId(), d.eventType(), d.status().name(),
                d.attempts(), d.lastResponseCode(), d.lastError(), d.lastAttemptAt(), d.nextAttemptAt(), d.createdAt(),
                d.deliveredAt());
    }
}
