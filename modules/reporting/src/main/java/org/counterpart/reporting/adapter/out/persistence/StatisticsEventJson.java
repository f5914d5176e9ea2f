package org.counterpart.reporting.adapter.out.persistence;

import org.counterpart.reporting.domain.StatisticsEvents;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log's JSON: the events as Jackson writes records — identifiers as objects ({@code {"value": "…"}}),
 * amounts exactly as given, instants and days as ISO text. The mapper is the log's own, not the application's, so that
 * what the log holds reads back the same in every context that replays it, whatever modules the application adds to
 * its own mapper.
 */
final class StatisticsEventJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // A field an event has since lost must not make the rest of it unreadable.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StatisticsEventJson() {
    }

    static String write(Object event) {
        return JSON.writeValueAsString(event);
    }

    /** The event a payload holds, or {@code null} when its type is no longer known or it no longer reads as it. */
    static Object read(String type, String payload) {
        var type0 = StatisticsEvents.classOf(type);
        if (type0.isEmpty()) {
            return null;
        }
        try {
            return JSON.readValue(payload, type0.get());
        } catch (JacksonException e) {
            return null;
        }
    }
}
