package org.counterpart.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that renders Chinese into a PDF and so needs a CJK TrueType font on the machine (Debian's
 * {@code fonts-wqy-microhei}): it runs wherever one is installed, is skipped where none is and none is required, and
 * fails where {@code COUNTERPART_TEST_FONT_REQUIRED=true} (as {@code .ci/run} sets it).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(CjkFontCondition.class)
public @interface NeedsCjkFont {
}
