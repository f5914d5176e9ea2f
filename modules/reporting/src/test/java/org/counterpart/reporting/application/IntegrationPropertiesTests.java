package org.counterpart.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Names and retry timing of the events for downstream systems. */
class IntegrationPropertiesTests {

    IntegrationProperties properties = new IntegrationProperties("/counterpart", "https://docs.example/schemas",
            Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(10));

    @Test
    void theSourceNamesTheModuleAndTheSchemaTheType() {
        assertThat(properties.sourceOf("training")).isEqualTo("/counterpart/training");
        assertThat(properties.dataschemaOf("org.counterpart.training.cohort-started.v1"))
                .isEqualTo("https://docs.example/schemas/org.counterpart.training.cohort-started.v1.json");
    }

    @Test
    void eachResubmissionWaitsTwiceAsLongAsTheOneBeforeUpToTheLongestWait() {
        assertThat(properties.resubmitBackoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.resubmitBackoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.resubmitBackoffAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(properties.resubmitBackoffAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.resubmitBackoffAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anOccurrenceHasOneIdPerContractTypeHoweverOftenItIsDerived() {
        var occurrence = UUID.randomUUID();

        assertThat(IntegrationEventService.idOf(occurrence, "org.counterpart.planning.task-planned.v1"))
                .isEqualTo(IntegrationEventService.idOf(occurrence, "org.counterpart.planning.task-planned.v1"))
                .isNotEqualTo(IntegrationEventService.idOf(occurrence, "org.counterpart.planning.task-planned.v2"))
                .isNotEqualTo(IntegrationEventService.idOf(UUID.randomUUID(), "org.counterpart.planning.task-planned.v1"));
    }
}
