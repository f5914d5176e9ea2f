package org.counterpart.reporting.adapter.out.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.counterpart.reporting.ManageWebhooks;
import org.counterpart.reporting.NewWebhookSubscription;
import org.counterpart.reporting.WebhookDeliveryView;
import org.counterpart.training.CohortId;
import org.counterpart.training.CohortStarted;
import org.counterpart.training.ProgrammeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks against a real local HTTP receiver and the real database: a committed event is POSTed as a CloudEvent
 * (HTTP binding, binary mode) the receiver can verify with the shared secret; a receiver that fails is tried again
 * after growing waits until it answers; a delivery can be sent again by hand, under the same event id.
 */
@SpringBootTest(properties = { "counterpart.reporting.webhooks.dispatch-interval=200ms",
        "counterpart.reporting.webhooks.initial-backoff=2s", "counterpart.reporting.webhooks.max-backoff=30s",
        "counterpart.reporting.webhooks.max-attempts=5", "counterpart.reporting.integration.broker.enabled=false" })
class SignedWebhooksIntegrationTests {

    static final String SECRET = "receiver-secret-" + UUID.randomUUID();

    @Autowired
    ManageWebhooks webhooks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    WebhookReceiver receiver;
    UUID subscription;

    @BeforeEach
    void subscribe() throws IOException {
        receiver = new WebhookReceiver(SECRET);
        subscription = webhooks.subscribe(new NewWebhookSubscription(receiver.url(),
                List.of("org.counterpart.training.*"), "test receiver", SECRET)).subscription().id();
    }

    @AfterEach
    void unsubscribe() {
        webhooks.unsubscribe(subscription);
        receiver.close();
    }

    UUID cohortStarted() {
        var cohort = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(
                new CohortStarted(new CohortId(cohort), new ProgrammeId(UUID.randomUUID()), 12)));
        return cohort;
    }

    @Test
    void aCommittedEventIsPostedAsASignedCloudEvent() {
        var before = Instant.now().minusSeconds(2);
        var cohort = cohortStarted();

        eventually(() -> receiver.about(cohort.toString()).size() == 1, Duration.ofSeconds(20));
        var request = receiver.about(cohort.toString()).get(0);

        assertThat(request.signatureValid()).as("the receiver verifies the HMAC with the shared secret").isTrue();
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("ce-specversion")).isEqualTo("1.0");
        assertThat(request.header("ce-type")).isEqualTo("org.counterpart.training.cohort-started.v1");
        assertThat(request.header("ce-source")).isEqualTo("/counterpart/training");
        assertThat(request.header("ce-dataschema")).endsWith("/org.counterpart.training.cohort-started.v1.json");
        assertThat(Instant.parse(request.header("ce-time"))).isBetween(before, Instant.now());
        assertThat(UUID.fromString(request.header("ce-id"))).isNotNull();
        assertThat(request.body()).startsWith("{\"cohortId\":\"" + cohort + "\"").endsWith("\"trainees\":12}");
        eventually(() -> delivery(request.header("ce-id")).status().equals("DELIVERED"), Duration.ofSeconds(5));
        var logged = delivery(request.header("ce-id"));
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.lastResponseCode()).isEqualTo(200);
    }

    @Test
    void aFailingReceiverIsTriedAgainAfterGrowingWaitsUntilItAnswers() {
        receiver.answer(500, 500);
        var cohort = cohortStarted();

        eventually(() -> receiver.about(cohort.toString()).size() == 3, Duration.ofSeconds(30));
        var requests = receiver.about(cohort.toString());
        var firstWait = Duration.between(requests.get(0).at(), requests.get(1).at());
        var secondWait = Duration.between(requests.get(1).at(), requests.get(2).at());
        System.out.printf("Webhook back-off: waited %d ms after the first 500, %d ms after the second%n",
                firstWait.toMillis(), secondWait.toMillis());

        // Back-off 2 s then 4 s; the database keeps whole seconds, so each wait may be up to a second shorter.
        assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(2900)).isGreaterThan(firstWait.plusMillis(500));
        assertThat(requests).extracting(r -> r.header("ce-id")).containsOnly(requests.get(0).header("ce-id"));
        assertThat(requests).allMatch(WebhookReceiver.Request::signatureValid);
        eventually(() -> delivery(requests.get(0).header("ce-id")).status().equals("DELIVERED"), Duration.ofSeconds(5));
        var logged = delivery(requests.get(0).header("ce-id"));
        assertThat(logged.attempts()).isEqualTo(3);
        assertThat(logged.lastResponseCode()).isEqualTo(200);
    }

    @Test
    void aDeliveryIsLoggedWhileItFailsAndCanBeSentAgainByHand() {
        receiver.answer(503);
        var cohort = cohortStarted();
        eventually(() -> receiver.about(cohort.toString()).size() == 1, Duration.ofSeconds(20));
        var id = receiver.about(cohort.toString()).get(0).header("ce-id");
        eventually(() -> delivery(id).attempts() == 1, Duration.ofSeconds(5));

        var failing = delivery(id);
        assertThat(failing.status()).isEqualTo("PENDING");
        assertThat(failing.lastResponseCode()).isEqualTo(503);
        assertThat(failing.nextAttemptAt()).isAfter(failing.lastAttemptAt());

        var again = webhooks.redeliver(subscription, failing.id());
        assertThat(again.attempts()).isZero();
        eventually(() -> receiver.about(cohort.toString()).size() == 2, Duration.ofSeconds(10));
        eventually(() -> delivery(id).status().equals("DELIVERED"), Duration.ofSeconds(5));

        webhooks.redeliver(subscription, failing.id());
        eventually(() -> receiver.about(cohort.toString()).size() == 3, Duration.ofSeconds(10));
        assertThat(receiver.about(cohort.toString())).as("a redelivery is the same event, signed anew")
                .allSatisfy(r -> {
                    assertThat(r.header("ce-id")).isEqualTo(id);
                    assertThat(r.signatureValid()).isTrue();
                });
    }

    @Test
    void anEventNoSubscriptionTakesIsNotDelivered() {
        transactions.executeWithoutResult(status -> events.publishEvent(new org.counterpart.planning.PlanRolledOver(
                3000 + (int) (Math.random() * 1000), 4000, 1)));
        var cohort = cohortStarted();

        eventually(() -> receiver.about(cohort.toString()).size() == 1, Duration.ofSeconds(20));
        assertThat(receiver.requests).allMatch(r -> r.header("ce-type").startsWith("org.counterpart.training."));
    }

    private WebhookDeliveryView delivery(String eventId) {
        return webhooks.deliveries(subscription, 100).stream().filter(d -> d.eventId().toString().equals(eventId))
                .findFirst().orElseThrow(() -> new AssertionError("no delivery of " + eventId));
    }

    static void eventually(BooleanSupplier condition, Duration within) {
        var deadline = Instant.now().plus(within);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError e) {
                // not yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
