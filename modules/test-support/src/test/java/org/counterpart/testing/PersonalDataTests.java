package org.counterpart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    /** A valid number: area 653124, born 2003-01-05, sequence 001, check character computed by GB 11643. */
    static final String ID = "65312420030105001" + check("65312420030105001");

    static char check(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    @Test
    void findsANationalIdNumberAndAMobileNumberAndMasksThem() {
        var found = PersonalData.in("Admitted 阿依古丽 (" + ID + "), phone 13899110001, at school");

        assertThat(found).extracting(PersonalData.Finding::kind).containsExactly("national ID number",
                "mobile number");
        assertThat(found).extracting(PersonalData.Finding::masked).containsExactly(
                "653" + "*".repeat(12) + ID.substring(15), "138*****001");
        assertThat(found.toString()).doesNotContain(ID).doesNotContain("13899110001");
    }

    @Test
    void findsAMobileNumberWrittenWithTheCountryCode() {
        assertThat(PersonalData.in("call +86 13899110001")).hasSize(1);
    }

    @Test
    void leavesAloneWhatOnlyLooksLikeThem() {
        var wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        assertThat(PersonalData.in("number " + wrongCheck)).as("a wrong check character").isEmpty();
        assertThat(PersonalData.in("id 653124200313450019")).as("no such date").isEmpty();
        assertThat(PersonalData.in("event 9b2c4f1e-13899110001a-4c1d")).as("inside an id").isEmpty();
        assertThat(PersonalData.in("took 1764467890123 ms")).as("a longer number").isEmpty();
        assertThat(PersonalData.in("task 2018-048, 659.7 万元, 12345678901")).as("not a mobile prefix").isEmpty();
        assertThat(PersonalData.in(null)).isEmpty();
    }
}
