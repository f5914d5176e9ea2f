package org.counterpart.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class CertificateTests {

    @Test
    void codesCarryTheYearAndTenUnguessableCharacters() {
        var code = Certificate.newCode(2018);

        assertThat(code).matches("CP-2018-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    }

    @Test
    void codesDoNotRepeat() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(Certificate.newCode(2018));
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void aCodeIsReadAsPeopleTypeIt() {
        assertThat(Certificate.normalise(" cp-2018-7kq3f-9xwda ")).isEqualTo("CP-2018-7KQ3F-9XWDA");
        assertThat(Certificate.normalise("CP-2018-7KQ3F-OXWDI")).isEqualTo("CP-2018-7KQ3F-0XWD1");
        assertThat(Certificate.normalise(null)).isEmpty();
    }
}
