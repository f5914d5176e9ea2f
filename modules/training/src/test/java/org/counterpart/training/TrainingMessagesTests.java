package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal the training values can give is explained to the user in Chinese and in English. */
class TrainingMessagesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "training.mode.unknown", "training.funding.missing", "training.funding.unreadable",
            "training.funding.negative", "training.funding.too-precise", "training.funding.too-large",
            "training.duration.missing", "training.duration.unreadable", "training.duration.invalid" })
    void everyRefusalHasATextInBothLanguages(String key) {
        assertThat(bundle("i18n/training/messages.properties").getProperty(key)).as("zh-CN").isNotBlank();
        assertThat(bundle("i18n/training/messages_en.properties").getProperty(key)).as("en").isNotBlank();
    }

    private static Properties bundle(String resource) {
        var properties = new Properties();
        try (var in = TrainingMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
