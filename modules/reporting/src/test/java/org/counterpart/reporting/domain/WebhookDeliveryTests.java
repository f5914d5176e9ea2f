package org.counterpart.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.counterpart.reporting.domain.WebhookDelivery.Status;
import org.junit.jupiter.api.Test;

/** A delivery is retried with exponential back-off, given up after the last attempt allowed, and may be sent again. */
class WebhookDeliveryTests {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final WebhookRetryPolicy POLICY = new WebhookRetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(1));

    WebhookDelivery delivery = WebhookDelivery.due(UUID.randomUUID(), UUID.randomUUID(),
            "org.counterpart.planning.task-planned.v1", NOW);

    @Test
    void aNewDeliveryIsDueAtOnce() {
        assertThat(delivery.status()).isEqualTo(Status.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
        assertThat(delivery.attempts()).isZero();
    }

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheLongestWait() {
        assertThat(POLICY.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(POLICY.backoffAfter(3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(POLICY.backoffAfter(200)).isEqualTo(Duration.ofSeconds(60));
        assertThat(new WebhookRetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1)).backoffAfter(5))
                .isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void aFailedAttemptIsTriedAgainAfterItsBackOffWithWhatTheReceiverAnswered() {
        var failed = delivery.failed(NOW, 500, null, POLICY);

        assertThat(failed.status()).isEqualTo(Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastResponseCode()).isEqualTo(500);
        assertThat(failed.lastAttemptAt()).isEqualTo(NOW);
        assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(failed.failed(NOW.plusSeconds(30), null, "ConnectException", POLICY).nextAttemptAt())
                .isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void isGivenUpAfterTheLastAttemptAllowed() {
        var d = delivery;
        for (int i = 0; i < 4; i++) {
            d = d.failed(NOW, 503, null, POLICY);
        }

        assertThat(d.status()).isEqualTo(Status.FAILED);
        assertThat(d.attempts()).isEqualTo(4);
        assertThat(d.nextAttemptAt()).isNull();
    }

    @Test
    void aDeliveredOneKeepsTheResponseAndNeedsNoMoreAttempts() {
        var delivered = delivery.failed(NOW, 500, null, POLICY).delivered(NOW.plusSeconds(31), 204);

        assertThat(delivered.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastResponseCode()).isEqualTo(204);
        assertThat(delivered.nextAttemptAt()).isNull();
        assertThat(delivered.deliveredAt()).isEqualTo(NOW.plusSeconds(31));
    }

    @Test
    void aRedeliveryIsDueAtOnceWithAFreshBudgetOfAttempts() {
        var givenUp = delivery;
        for (int i = 0; i < 4; i++) {
            givenUp = givenUp.failed(NOW, 500, null, POLICY);
        }
        var again = givenUp.redeliver(NOW.plusSeconds(600));

        assertThat(again.status()).isEqualTo(Status.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(again.lastResponseCode()).as("what happened before stays on record").isEqualTo(500);
    }

    @Test
    void aLongErrorIsShortenedForTheLog() {
        assertThat(delivery.failed(NOW, null, "x".repeat(2000), POLICY).lastError()).hasSize(500);
    }

    @Test
    void aPolicyNeedsAtLeastOneAttemptAndAWaitThatGrows() {
        assertThatThrownBy(() -> new WebhookRetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookRetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubscriptionTakesExactTypesAndPrefixes() {
        var subscription = new WebhookSubscription(UUID.randomUUID(), java.net.URI.create("https://x.example/h"),
                java.util.List.of("org.counterpart.training.*", "org.counterpart.planning.task-planned.v1"), "x",
                "s".repeat(16), NOW, "admin");

        assertThat(subscription.accepts("org.counterpart.training.cohort-started.v1")).isTrue();
        assertThat(subscription.accepts("org.counterpart.planning.task-planned.v1")).isTrue();
        assertThat(subscription.accepts("org.counterpart.planning.task-planned.v2")).isFalse();
        assertThat(subscription.accepts("org.counterpart.enrolment.subsidy-granted.v1")).isFalse();
    }
}
