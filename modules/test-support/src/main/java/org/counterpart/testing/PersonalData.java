package org.counterpart.testing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds personal data in text that should never hold any — a log line, say: national ID numbers (18 characters of GB
 * 11643 with a valid date of birth and check character) and mainland mobile numbers (11 digits from 13 to 19), each
 * standing alone, not inside a longer run of letters, digits or dashes (an id, a hash, a UUID).
 */
public final class PersonalData {

    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![\\w-])(\\d{17}[0-9Xx])(?![\\w-])");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\w-])(?:\\+?86[ -]?)?(1[3-9]\\d{9})(?![\\w-])");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private PersonalData() {
    }

    /** What was found: its kind and the value masked, so the report of a leak does not leak it again. */
    public record Finding(String kind, String masked) {
    }

    public static List<Finding> in(CharSequence text) {
        var found = new ArrayList<Finding>();
        if (text == null) {
            return found;
        }
        var ids = NATIONAL_ID.matcher(text);
        while (ids.find()) {
            if (isNationalId(ids.group(1))) {
                found.add(new Finding("national ID number", mask(ids.group(1))));
            }
        }
        var mobiles = MOBILE.matcher(text);
        while (mobiles.find()) {
            found.add(new Finding("mobile number", mask(mobiles.group(1))));
        }
        return found;
    }

    static boolean isNationalId(String candidate) {
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(candidate.charAt(17)) != "10X98765432".charAt(sum % 11)) {
            return false;
        }
        try {
            var born = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
                    Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
            return born.getYear() >= 1900 && born.getYear() <= 2100;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    private static String mask(String value) {
        return value.substring(0, 3) + "*".repeat(value.length() - 6) + value.substring(value.length() - 3);
    }
}
