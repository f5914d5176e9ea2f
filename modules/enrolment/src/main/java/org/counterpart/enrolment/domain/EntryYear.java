package org.counterpart.enrolment.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.enrolment.EnrolmentRejected;

/**
 * 入学年份 — the year a student entered, as people type it into a roster: {@code 2018}, {@code 2018年}, {@code 2018级},
 * a month or a day of that year ({@code 2018.9}, {@code 2018-09}, {@code 2018/9/1}, {@code 2018年9月}, {@code 2018年9月1日},
 * {@code 20180901}, a workbook's date cell read as {@code 2018-09-01}), full-width digits and punctuation, spaces
 * anywhere. The year is what counts; a month or day given must exist. Anything else — a two-digit year ({@code 18}),
 * words — is refused with the text as it was typed. Which years a student may have is the {@link Student}'s rule.
 */
public final class EntryYear {

    /** How a year is typed; each gives the year, then perhaps a month and a day, as groups 1, 2 and 3. */
    private static final List<Pattern> TYPED = List.of(
            Pattern.compile("(\\d{4})[年级]?"),
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2})(?:T?\\d{1,2}:\\d{2}(?::\\d{2})?)?)?"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})[日号])?"),
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"));

    private EntryYear() {
    }

    /**
     * @return the year; empty when nothing was typed
     * @throws EnrolmentRejected {@code enrolment.student.cohort-year-invalid} for anything else
     */
    public static OptionalInt parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        // NFKC: full-width digits and punctuation (２０１８／９) become half-width.
        var value = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        for (var pattern : TYPED) {
            var matcher = pattern.matcher(value);
            if (matcher.matches()) {
                return OptionalInt.of(year(matcher, text));
            }
        }
        throw invalid(text);
    }

    private static int year(Matcher matcher, String text) {
        var year = Integer.parseInt(matcher.group(1));
        if (matcher.groupCount() > 1 && matcher.group(2) != null) {
            try {
                LocalDate.of(year, Integer.parseInt(matcher.group(2)),
                        matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3)));
            } catch (DateTimeException e) {
                throw invalid(text);
            }
        }
        return year;
    }

    private static EnrolmentRejected invalid(String text) {
        return EnrolmentRejected.invalid("enrolment.student.cohort-year-invalid", text.strip());
    }
}
