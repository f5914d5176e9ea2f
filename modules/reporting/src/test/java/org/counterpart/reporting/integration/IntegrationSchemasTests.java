package org.counterpart.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/events/} describes the contract the code sends: every contract type has its JSON Schema (the
 * {@code dataschema} of its events) and its AsyncAPI channel, and a sample of every payload validates against its
 * schema. A schema that does not check what it claims is caught too.
 */
class IntegrationSchemasTests {

    static final Path EVENTS = Path.of("..", "..", "docs", "events").toAbsolutePath().normalize();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Map<?, ?> schemaOf(String type) throws IOException {
        return JSON.readValue(Files.readString(EVENTS.resolve("schemas").resolve(type + ".json")), Map.class);
    }

    @Test
    void everyContractTypeHasASchemaNamedAfterIt() throws IOException {
        for (var translation : ContractTranslations.all()) {
            var file = EVENTS.resolve("schemas").resolve(translation.type() + ".json");
            assertThat(file).as("schema of %s", translation.type()).isRegularFile();
            var schema = schemaOf(translation.type());
            assertThat(schema.get("$id")).asString().endsWith("/" + translation.type() + ".json");
            assertThat(schema.get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
        try (var files = Files.list(EVENTS.resolve("schemas"))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")))
                    .as("schemas without a contract type").containsExactlyInAnyOrderElementsOf(
                            ContractTranslations.registry().types());
        }
    }

    @Test
    void aSampleOfEveryPayloadValidatesAgainstItsSchema() throws IOException {
        var translations = ContractTranslations.registry();
        for (var event : SampleDomainEvents.all()) {
            var translation = translations.of(event).get(0);
            var payload = JSON.readValue(IntegrationJson.write(translation.translate(event)), Map.class);

            assertThat(JsonSchemaCheck.problems(schemaOf(translation.type()), payload)).as(translation.type())
                    .isEmpty();
        }
    }

    @Test
    void theSchemasRefuseWhatTheContractDoesNotSend() throws IOException {
        var schema = schemaOf("org.counterpart.training.programme-planned.v1");
        var good = JSON.readValue(IntegrationJson.write(ContractTranslations.registry()
                .of(SampleDomainEvents.programmePlanned()).get(0).translate(SampleDomainEvents.programmePlanned())),
                Map.class);

        @SuppressWarnings("unchecked")
        var floating = new java.util.LinkedHashMap<String, Object>((Map<String, Object>) good);
        floating.put("commissionFundingWan", 20.5);
        var extra = new java.util.LinkedHashMap<String, Object>(floating);
        extra.put("commissionFundingWan", "20");
        extra.put("traineeNames", java.util.List.of("杨光"));
        var missing = new java.util.LinkedHashMap<String, Object>(extra);
        missing.remove("traineeNames");
        missing.remove("programmeId");

        assertThat(JsonSchemaCheck.problems(schema, floating)).singleElement().asString().contains("commissionFundingWan");
        assertThat(JsonSchemaCheck.problems(schema, extra)).singleElement().asString().contains("traineeNames");
        assertThat(JsonSchemaCheck.problems(schema, missing)).singleElement().asString().contains("programmeId");
    }

    @Test
    void theAsyncApiDocumentHasAChannelAndMessageForEveryType() throws IOException {
        var asyncapi = Files.readString(EVENTS.resolve("asyncapi.yaml"));

        assertThat(asyncapi).startsWith("asyncapi: 3.0.0");
        for (var translation : ContractTranslations.all()) {
            var routingKey = translation.type().substring("org.counterpart.".length());
            assertThat(asyncapi).as(translation.type()).contains("address: " + routingKey)
                    .contains("schemas/" + translation.type() + ".json");
        }
    }
}
