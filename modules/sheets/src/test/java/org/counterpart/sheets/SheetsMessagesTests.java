package org.counterpart.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal of a table file is explained to the user in Chinese and in English, with its arguments. */
class SheetsMessagesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "empty-file", "not-a-spreadsheet", "too-large", "too-many-rows", "header",
            "unknown-type" })
    void everyRefusalHasATextInBothLanguages(String reason) {
        String key = SheetRejected.KEY_PREFIX + reason;
        assertThat(bundle("i18n/sheets/messages.properties").getProperty(key)).as("zh-CN").isNotBlank();
        assertThat(bundle("i18n/sheets/messages_en.properties").getProperty(key)).as("en").isNotBlank();
    }

    @Test
    void fillsInTheArgumentsTheRefusalsCarry() {
        var zh = bundle("i18n/sheets/messages.properties");
        var en = bundle("i18n/sheets/messages_en.properties");

        assertThat(format(zh, "too-many-rows", Locale.CHINA, 10_000)).isEqualTo("文件超过 10000 行。");
        assertThat(format(en, "too-large", Locale.ENGLISH, 10)).isEqualTo("The file is larger than 10 MB.");
        assertThat(format(zh, "header", Locale.CHINA, "姓名 | 性别", "编号 | 姓名"))
                .isEqualTo("表头不符。应为：姓名 | 性别；文件中为：编号 | 姓名");
        assertThat(format(zh, "not-a-spreadsheet", Locale.CHINA)).isEqualTo("文件不是 Excel（.xlsx）或 CSV 表格。");
    }

    private static String format(Properties bundle, String reason, Locale locale, Object... arguments) {
        return new MessageFormat(bundle.getProperty(SheetRejected.KEY_PREFIX + reason), locale).format(arguments);
    }

    private static Properties bundle(String resource) {
        var properties = new Properties();
        try (var in = SheetsMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
