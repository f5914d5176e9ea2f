package org.counterpart.accounts.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

class SealedSessionAttributesTests {

    static final String KEY = "Y291bnRlcnBhcnQgc2Vzc2lvbnM6IG5vdCBhIHNlY3I=";
    static final String OTHER_KEY = "b3RoZXIga2V5IGZvciBzZXNzaW9uczogMzIgYnl0ZXM=";
    static final String NATIONAL_ID = "53010219900101123X";

    final SealedSessionAttributes sealing = new SealedSessionAttributes(KEY, true, getClass().getClassLoader());

    @Test
    void anAttributeComesBackAsItWasWrittenButIsNotReadableInBetween() {
        var form = new LinkedHashMap<String, Object>();
        form.put("name", "次仁卓玛");
        form.put("nationalId", NATIONAL_ID);
        form.put("rows", List.of(1, 2, 3));
        var service = sealing.conversionService();

        var stored = service.convert(form, byte[].class);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(NATIONAL_ID);
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("次仁卓玛");
        assertThat(service.convert(stored, Object.class)).isEqualTo(form);
    }

    @Test
    void theSameAttributeIsSealedDifferentlyEachTime() {
        assertThat(sealing.seal(NATIONAL_ID)).isNotEqualTo(sealing.seal(NATIONAL_ID));
    }

    @Test
    void whatAnotherKeySealedOrNobodySealedReadsAsAbsent() {
        var other = new SealedSessionAttributes(OTHER_KEY, true, getClass().getClassLoader());
        var sealed = other.seal("signed in elsewhere");
        var tampered = sealing.seal("signed in here");
        tampered[tampered.length - 1] ^= 1;

        assertThat(sealing.open(sealed)).isNull();
        assertThat(sealing.open(tampered)).isNull();
        assertThat(sealing.open("plain bytes of an older release".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void whereAKeyIsRequiredItsAbsenceOrAWrongLengthStopsTheStart() {
        assertThatIllegalStateException().isThrownBy(() -> new SealedSessionAttributes("", true, null))
                .withMessageContaining("COUNTERPART_SESSION_KEY");
        assertThatIllegalStateException().isThrownBy(() -> new SealedSessionAttributes("c2hvcnQ=", true, null))
                .withMessageContaining("32 bytes");
        assertThat(new SealedSessionAttributes("", false, null).open(
                new SealedSessionAttributes("", false, null).seal("x"))).as("made-up keys differ").isNull();
    }
}
