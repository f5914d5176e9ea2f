package org.counterpart.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link NeedsCjkFont} tests where a CJK TrueType font is installed (or required, when its absence fails). */
class CjkFontCondition implements ExecutionCondition {

    /** Where Debian installs the TrueType CJK fonts the certificate renderer embeds. */
    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (FONTS.stream().anyMatch(Files::isReadable)) {
            return ConditionEvaluationResult.enabled("a CJK TrueType font is installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("COUNTERPART_TEST_FONT_REQUIRED"))) {
            throw new IllegalStateException("COUNTERPART_TEST_FONT_REQUIRED is set, but no CJK TrueType font is "
                    + "installed: apt-get install fonts-wqy-microhei");
        }
        return ConditionEvaluationResult.disabled("no CJK TrueType font here and COUNTERPART_TEST_FONT_REQUIRED is "
                + "not set (apt-get install fonts-wqy-microhei)");
    }
}
