package org.counterpart.reporting.integration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event for downstream systems, as a CloudEvent: its attributes and its data, already rendered as the JSON the
 * channels send. The data is frozen when the domain event is translated, so every channel and every redelivery sends
 * the same bytes under the same {@code id}.
 *
 * @param id          stable per occurrence and contract type: a redelivery carries the same id (consumers drop
 *                    duplicates by it)
 * @param type        {@code org.counterpart.planning.task-planned.v1}
 * @param source      {@code /counterpart/planning}
 * @param time        when the occurrence was published by its module
 * @param dataSchema  the URL of the JSON Schema of {@code data}
 * @param data        the payload, JSON ({@value #CONTENT_TYPE})
 */
public record IntegrationEvent(UUID id, String type, String source, Instant time, String dataSchema, String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public IntegrationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(dataSchema, "dataSchema");
        Objects.requireNonNull(data, "data");
    }

    /** The routing key on the topic exchange: the type without {@code org.counterpart.} ({@code planning.task-planned.v1}). */
    public String routingKey() {
        return IntegrationTranslation.routingKeyOf(type);
    }
}
