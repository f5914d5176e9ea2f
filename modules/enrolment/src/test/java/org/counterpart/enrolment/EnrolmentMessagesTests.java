package org.counterpart.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every refusal the enrolment code can give is explained in Chinese and in English, and every text survives
 * MessageFormat: apostrophes doubled where a text takes arguments, single where it takes none.
 */
class EnrolmentMessagesTests {

    private static final Pattern KEY = Pattern.compile("\"(enrolment\\.[a-z0-9.-]+[a-z0-9])\"");

    @Test
    void everyKeyTheCodeUsesHasATextInBothLanguages() throws IOException {
        var used = keysUsedIn(Path.of("src", "main", "java"));
        assertThat(used).hasSizeGreaterThan(50);
        for (var bundle : Set.of("messages.properties", "messages_en.properties")) {
            var texts = bundle(bundle);
            assertThat(used).as(bundle).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyStageHasALabelInBothLanguages() {
        for (var bundle : Set.of("messages.properties", "messages_en.properties")) {
            for (var stage : StudentStage.values()) {
                assertThat(bundle(bundle).getProperty("enrolment.stage." + stage.name())).as(bundle + " " + stage)
                        .isNotBlank();
            }
        }
    }

    @Test
    void apostrophesAreWrittenAsMessageFormatReadsThem() {
        for (var bundle : Set.of("messages.properties", "messages_en.properties")) {
            var texts = bundle(bundle);
            for (var key : texts.stringPropertyNames()) {
                var text = texts.getProperty(key);
                if (text.contains("{")) {
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                } else {
                    assertThat(text).as(bundle + " " + key).doesNotContain("''");
                }
            }
        }
    }

    private static Set<String> keysUsedIn(Path sources) throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        // Keys built at run time from a value are checked on their own (stages above).
        keys.removeIf(key -> key.endsWith(".") || key.equals("enrolment.stage"));
        return keys;
    }

    private static Properties bundle(String name) {
        var properties = new Properties();
        var resource = "i18n/enrolment/" + name;
        try (var in = EnrolmentMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
