package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The information reports' texts: every one in Chinese and in English, and every text with arguments a valid
 * MessageFormat whose apostrophes are doubled (a single one would swallow the rest of the text).
 */
class ReportMessagesTests {

    static final Pattern OURS = Pattern.compile("reporting\\.(report|duty|completeness|reminder)\\..*");

    @Test
    void everyTextIsInBothLanguages() {
        var zh = keys(bundle("i18n/reporting/messages.properties"));
        var en = keys(bundle("i18n/reporting/messages_en.properties"));
        assertThat(zh).isNotEmpty().isEqualTo(en);
    }

    @Test
    void textsWithArgumentsFormatAndKeepTheirApostrophes() {
        for (var file : new String[] { "i18n/reporting/messages.properties", "i18n/reporting/messages_en.properties" }) {
            var bundle = bundle(file);
            for (var key : keys(bundle)) {
                var text = bundle.getProperty(key);
                if (text.contains("{0") || text.contains("{1")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                    var formatted = new MessageFormat(text, Locale.ROOT).format(new Object[] { 2018, 3, "x", "y",
                            "z", "w" });
                    assertThat(formatted).as(file + " " + key).doesNotContain("{0").doesNotContain("{1");
                }
            }
        }
    }

    @Test
    void periodsReadAsPeopleWriteThem() {
        var zh = bundle("i18n/reporting/messages.properties");
        var en = bundle("i18n/reporting/messages_en.properties");
        assertThat(format(zh, "reporting.duty.period.QUARTERLY", 2018, 3)).isEqualTo("2018年第3季度");
        assertThat(format(zh, "reporting.duty.period.HALF_YEARLY", 2018, 2)).isEqualTo("2018年下半年");
        assertThat(format(en, "reporting.duty.period.MONTHLY", 2018, 7)).isEqualTo("July 2018");
        assertThat(format(en, "reporting.duty.period.HALF_YEARLY", 2018, 1)).isEqualTo("H1 2018");
    }

    private static String format(Properties bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(arguments);
    }

    private static TreeSet<String> keys(Properties bundle) {
        var keys = new TreeSet<String>();
        bundle.stringPropertyNames().stream().filter(k -> OURS.matcher(k).matches()).forEach(keys::add);
        return keys;
    }

    private static Properties bundle(String resource) {
        var properties = new Properties();
        try (var in = ReportMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
