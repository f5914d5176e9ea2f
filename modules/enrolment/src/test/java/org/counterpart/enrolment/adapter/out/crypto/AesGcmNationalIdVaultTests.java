package org.counterpart.enrolment.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Base64;

import org.counterpart.enrolment.domain.NationalId;
import org.counterpart.enrolment.domain.ProtectedNationalId;
import org.junit.jupiter.api.Test;

/** National ID numbers are sealed so that only the configured key opens them, and found again without opening. */
class AesGcmNationalIdVaultTests {

    static final String KEY = key(1);
    static final String OTHER_KEY = key(2);

    static final String NUMBER = "540102200503151231";
    static final NationalId ID = NationalId.parse(NUMBER, LocalDate.of(2018, 9, 1));

    static String key(int seed) {
        var bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    final AesGcmNationalIdVault vault = new AesGcmNationalIdVault(KEY, true);

    @Test
    void whatIsSealedIsRevealedAgain() {
        var sealed = vault.protect(ID);

        assertThat(vault.reveal(sealed)).isEqualTo(ID);
        assertThat(vault.reveal(sealed).value()).isEqualTo(NUMBER);
        assertThat(sealed.masked()).isEqualTo("5401**********1231");
        assertThat(sealed.sealed()).startsWith(AesGcmNationalIdVault.VERSION);
    }

    @Test
    void aNumberEndingInXIsRevealedAsItWas() {
        var x = NationalId.parse("11010519491231002x", LocalDate.of(2018, 9, 1));

        assertThat(vault.reveal(vault.protect(x)).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void theSameNumberSealedTwiceLooksDifferentButIsFoundUnderOneLookup() {
        var first = vault.protect(ID);
        var second = vault.protect(ID);

        assertThat(first.sealed()).isNotEqualTo(second.sealed());
        assertThat(first.lookup()).isEqualTo(second.lookup()).isEqualTo(vault.lookup(ID));
        assertThat(vault.reveal(first)).isEqualTo(vault.reveal(second));
    }

    @Test
    void aDifferentNumberHasADifferentLookup() {
        var other = NationalId.parse("11010519491231002X", LocalDate.of(2018, 9, 1));

        assertThat(vault.lookup(other)).isNotEqualTo(vault.lookup(ID));
    }

    @Test
    void anotherKeyFindsNothingAndOpensNothing() {
        var otherVault = new AesGcmNationalIdVault(OTHER_KEY, true);
        var sealed = vault.protect(ID);

        assertThat(otherVault.lookup(ID)).isNotEqualTo(vault.lookup(ID));
        assertThatThrownBy(() -> otherVault.reveal(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key");
    }

    @Test
    void theSameKeyInAnotherProcessOpensWhatWasSealed() {
        var sealed = vault.protect(ID);
        var restarted = new AesGcmNationalIdVault(" " + KEY + "\n", true);

        assertThat(restarted.reveal(sealed)).isEqualTo(ID);
        assertThat(restarted.lookup(ID)).isEqualTo(vault.lookup(ID));
    }

    @Test
    void neitherTheSealedTextNorTheLookupContainsTheNumber() {
        var sealed = vault.protect(ID);

        for (var kept : new String[] { sealed.sealed(), sealed.lookup(), sealed.masked() }) {
            assertThat(kept).doesNotContain(NUMBER).doesNotContain(NUMBER.substring(0, 14))
                    .doesNotContain("20050315");
        }
        assertThat(sealed.lookup()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(sealed.sealed()).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void aTamperedSealIsNotOpened() {
        var sealed = vault.protect(ID);
        var bytes = Base64.getDecoder().decode(sealed.sealed().substring(AesGcmNationalIdVault.VERSION.length()));
        bytes[bytes.length - 1] ^= 1;
        var tampered = new ProtectedNationalId(
                AesGcmNationalIdVault.VERSION + Base64.getEncoder().encodeToString(bytes), sealed.lookup(),
                sealed.masked());

        assertThatThrownBy(() -> vault.reveal(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.reveal(new ProtectedNationalId("v0:" + sealed.sealed().substring(3),
                sealed.lookup(), sealed.masked()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version");
    }

    @Test
    void withoutAKeyARequiredVaultRefusesToStartAndSaysWhatToSet() {
        for (var missing : new String[] { null, "", "  " }) {
            assertThatThrownBy(() -> new AesGcmNationalIdVault(missing, true)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("COUNTERPART_NATIONAL_ID_KEY");
        }
    }

    @Test
    void withoutAKeyAnEmbeddedVaultMakesUpOneForThisRun() {
        var madeUp = new AesGcmNationalIdVault("", false);

        assertThat(madeUp.reveal(madeUp.protect(ID))).isEqualTo(ID);
        assertThat(new AesGcmNationalIdVault("", false).lookup(ID)).as("another run, another key")
                .isNotEqualTo(madeUp.lookup(ID));
    }

    @Test
    void aKeyMustBeThirtyTwoBytesOfBase64() {
        var short16 = Base64.getEncoder().encodeToString(new byte[16]);
        var long33 = Base64.getEncoder().encodeToString(new byte[33]);

        assertThatThrownBy(() -> new AesGcmNationalIdVault(short16, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes").hasMessageContaining("16");
        assertThatThrownBy(() -> new AesGcmNationalIdVault(long33, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new AesGcmNationalIdVault("not base64 at all!", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
    }
}
