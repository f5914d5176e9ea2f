package org.counterpart.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnownNamesTests {

    static final KnownNames PLACES = KnownNames.of(Arrays.asList("喀什", "喀什四县", "日喀则", "遵义", null, " ", "",
            "喀什"));

    @Test
    void theLongestNameWrittenAtAPositionWins() {
        assertThat(PLACES.longestAt("支持喀什四县", 2)).isEqualTo("喀什四县");
        assertThat(PLACES.longestAt("支持喀什、日喀则", 2)).isEqualTo("喀什");
        assertThat(PLACES.longestAt("支持喀什、日喀则", 5)).isEqualTo("日喀则");
    }

    @Test
    void noNameIsWrittenWhereNoneBegins() {
        assertThat(PLACES.longestAt("支持喀什", 0)).isNull();
        assertThat(PLACES.longestAt("支持喀", 2)).isNull();
        assertThat(PLACES.longestAt("支持喀什", 4)).isNull();
        assertThat(PLACES.longestAt("", 0)).isNull();
    }

    @Test
    void blankNamesAreNeverFound() {
        assertThat(PLACES.longestAt("两 地", 1)).isNull();
    }

    @Test
    void aNameWhoseEndIsRefusedGivesWayToAShorterOne() {
        var offices = KnownNames.of(List.of("委办公室", "委办公室（信息办）"));
        var text = "委办公室（信息办）、人事处";

        assertThat(offices.longestAt(text, 0)).isEqualTo("委办公室（信息办）");
        assertThat(offices.longestAt(text, 0, end -> end == 4)).isEqualTo("委办公室");
        assertThat(offices.longestAt(text, 0, end -> false)).isNull();
    }

    @Test
    void placesAreFoundAlikeWithNamesMadeReadyOnceOrGivenEachTime() {
        var text = "做好喀什四县工作，支持喀什、日喀则和遵义；再到喀什";
        var names = List.of("喀什", "喀什四县", "日喀则", "遵义");

        assertThat(Attachment2Cells.placesNamed(text, KnownNames.of(names)))
                .isEqualTo(Attachment2Cells.placesNamed(text, names))
                .containsExactly("喀什四县", "喀什", "日喀则", "遵义");
    }
}
