package org.counterpart.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitNamesTests {

    @Test
    void writesParenthesesFullWidthAsTheNoticeDoes() {
        assertThat(UnitNames.normalise("委办公室(信息办)")).isEqualTo("委办公室（信息办）");
    }

    @Test
    void foldsFullWidthLettersAndDigitsAndCollapsesSpaces() {
        assertThat(UnitNames.normalise("　上海　ＡＢＣ１２  学院 ")).isEqualTo("上海 ABC12 学院");
    }

    @Test
    void treatsMissingNameAsEmpty() {
        assertThat(UnitNames.normalise(null)).isEmpty();
        assertThat(UnitNames.normalise(" \t ")).isEmpty();
    }

    @Test
    void recognisesGenericUnitsByTheirRelatedPrefix() {
        assertThat(UnitNames.isGeneric("相关高校")).isTrue();
        assertThat(UnitNames.isGeneric("同济大学")).isFalse();
    }
}
