package org.counterpart.enrolment.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

import org.counterpart.enrolment.EnrolmentRejected;

/**
 * 公民身份号码 — a citizen's national ID number as GB 11643-1999 defines it: six digits of the place of registration,
 * the date of birth (YYYYMMDD), a three-digit sequence and a check character computed by ISO 7064 MOD 11-2. Typed
 * full-width digits and a lower-case x are accepted; anything else that fails is refused with the reason. Its text
 * never appears in {@link #toString()}: only the masked form does.
 */
public final class NationalId {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = "10X98765432".toCharArray();

    private final String number;

    private NationalId(String number) {
        this.number = number;
    }

    /** @throws EnrolmentRejected when it is not 18 characters, has no valid birth date or fails its check character */
    public static NationalId parse(String text, LocalDate today) {
        var value = normalise(text);
        if (value.isEmpty()) {
            throw EnrolmentRejected.invalid("enrolment.national-id.required");
        }
        if (!value.matches("\\d{17}[0-9X]")) {
            throw EnrolmentRejected.invalid("enrolment.national-id.format");
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw EnrolmentRejected.invalid("enrolment.national-id.birth-date");
        }
        if (born.getYear() < 1900 || born.isAfter(today)) {
            throw EnrolmentRejected.invalid("enrolment.national-id.birth-date");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw EnrolmentRejected.invalid("enrolment.national-id.checksum");
        }
        return new NationalId(value);
    }

    /** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String first17) {
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder();
        for (var c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == 'x' || c == 'ｘ' || c == 'Ｘ') {
                out.append('X');
            } else if (c != ' ' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The number itself — only for sealing it and for an audited reveal. */
    public String value() {
        return number;
    }

    /** 5401**********1234: the first four and the last four characters, the rest hidden. */
    public String masked() {
        return mask(number);
    }

    public static String mask(String number) {
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationalId id && id.number.equals(number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number);
    }

    @Override
    public String toString() {
        return masked();
    }
}
