package org.counterpart.training.domain;

import java.security.SecureRandom;
import java.time.LocalDate;

import org.counterpart.training.CohortId;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.TraineeId;

/**
 * 结业证书 — what a certificate certifies, kept as it was issued, under a code anyone can check. The code carries
 * 50 random bits (ten Crockford base-32 characters): guessing a valid one is hopeless, and a code that is not on
 * record is a forgery.
 */
public record Certificate(String code, TraineeId trainee, CohortId cohort, ProgrammeId programme, String traineeName,
        String programmeName, String unitName, String place, LocalDate start, LocalDate end, LocalDate issuedOn) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new code such as {@code CP-2018-7KQ3F-9XWDA}. */
    public static String newCode(int year) {
        var code = new StringBuilder("CP-").append(year).append('-');
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as people type it: upper case, no spaces, O read as 0 and I/L as 1 (Crockford's reading). */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        var upper = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        var prefixEnd = upper.startsWith("CP-") && upper.length() > 8 ? 8 : 0;
        var rest = upper.substring(prefixEnd).replace('O', '0').replace('I', '1').replace('L', '1');
        return upper.substring(0, prefixEnd) + rest;
    }
}
