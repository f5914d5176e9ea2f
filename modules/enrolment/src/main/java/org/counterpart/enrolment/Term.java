package org.counterpart.enrolment;

import java.util.regex.Pattern;

/**
 * 学期 — a term of an academic year: the first (autumn) or second (spring) term of the year that starts in
 * September of {@code academicYear}.
 */
public record Term(int academicYear, int half) implements Comparable<Term> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})\\s*[-/.]\\s*([12])");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*(?:-\\s*\\d{4}\\s*)?学年\\s*第?([一二12])学期");

    public Term {
        if (academicYear < 2000 || academicYear > 2100 || half < 1 || half > 2) {
            throw EnrolmentRejected.invalid("enrolment.term.invalid", academicYear + "-" + half);
        }
    }

    /** Reads "2018-1" or "2018学年第一学期" (also "2018-2019学年第二学期"), refusing anything else. */
    public static Term parse(String text) {
        var value = text == null ? "" : text.strip();
        var code = CODE.matcher(value);
        if (code.matches()) {
            return new Term(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2)));
        }
        var chinese = CHINESE.matcher(value);
        if (chinese.matches()) {
            var half = chinese.group(2);
            return new Term(Integer.parseInt(chinese.group(1)), "一".equals(half) || "1".equals(half) ? 1 : 2);
        }
        throw EnrolmentRejected.invalid("enrolment.term.invalid", value);
    }

    /** "2018-1". */
    public String code() {
        return academicYear + "-" + half;
    }

    /** "2018学年第一学期". */
    public String nameZh() {
        return academicYear + "学年第" + (half == 1 ? "一" : "二") + "学期";
    }

    @Override
    public int compareTo(Term other) {
        return academicYear != other.academicYear ? Integer.compare(academicYear, other.academicYear)
                : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return code();
    }
}
