package org.counterpart.enrolment;

import java.util.concurrent.atomic.AtomicInteger;

/** Invented national ID numbers with valid GB 11643 check characters, a new one each time, for the tests. */
public final class NationalIds {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9_000));

    private NationalIds() {
    }

    /** A valid number of a place and birth date (YYYYMMDD), with a sequence no other call in this run has used. */
    static String next(String area, String birth) {
        var n = NEXT.incrementAndGet() % 10_000;
        // The day of birth and the sequence together keep numbers apart across runs on a kept database.
        var first17 = area + birth.substring(0, 6) + "%02d".formatted(1 + n % 28) + "%03d".formatted(n / 28 % 1000);
        return first17 + check(first17);
    }

    public static String next() {
        return next("653124", "20030101");
    }

    static char check(String first17) {
        var sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** The same number with its check character wrong. */
    static String withWrongCheck(String valid) {
        var wrong = valid.charAt(17) == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }
}
