package org.counterpart.reporting.integration;

import tools.jackson.databind.json.JsonMapper;

/**
 * How contract data becomes JSON: record components in declaration order, {@code null}s written out, dates and
 * instants as ISO-8601 text. Independent of the application's own JSON settings, which may change; the contract may not.
 */
public final class IntegrationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private IntegrationJson() {
    }

    public static String write(Record data) {
        return MAPPER.writeValueAsString(data);
    }
}
