package org.counterpart.training;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * 培训时间 — how long a training programme of Attachment 1 lasts, as the notice plans it: a number of months for those
 * who study in Shanghai ("3个月", "10个月"), of days for lectures and classes ("7天"), or a range of days where the
 * exact length is left to the implementing unit ("5-7天"). A fixed length has {@code min == max}.
 *
 * @param min the shortest planned length, at least 1
 * @param max the longest planned length, at least {@code min}
 * @param unit days or months
 */
public record TrainingDuration(int min, int max, Unit unit) {

    /** Three years: no programme of the notice studies longer, so more is a typo. */
    public static final int MAX_MONTHS = 36;

    /** One (leap) year counted in days; longer programmes are planned in months. */
    public static final int MAX_DAYS = 366;

    /** The unit the notice counts a training's length in. */
    public enum Unit {
        /** 天 */
        DAY("天"),
        /** 个月 */
        MONTH("个月");

        private final String nameZh;

        Unit(String nameZh) {
            this.nameZh = nameZh;
        }

        /** The unit as the notice writes it after the number: "7天", "3个月". */
        public String nameZh() {
            return nameZh;
        }

        int limit() {
            return this == DAY ? MAX_DAYS : MAX_MONTHS;
        }
    }

    /**
     * The notice's notation after NFKC folding (full-width digits and ～ become half-width): a number or a range and
     * the unit, spaces allowed between. A range is written with a hyphen, a dash, a tilde or 至 ("5至7天").
     */
    private static final Pattern NOTATION = Pattern.compile(
            "([0-9]+)\\s*(?:[-~〜\u2010-\u2015\u2212至到]\\s*([0-9]+)\\s*)?(天|个月)");

    public TrainingDuration {
        if (unit == null) {
            throw TrainingRejected.invalid("training.duration.missing");
        }
        if (!isPlausible(min, max, unit)) {
            throw TrainingRejected.invalid("training.duration.invalid", notation(min, max, unit));
        }
    }

    /** A fixed length: {@code length} days or months. */
    public static TrainingDuration of(int length, Unit unit) {
        return new TrainingDuration(length, length, unit);
    }

    /**
     * The duration a 培训时间 cell of Attachment 1 gives: "3个月", "7天", "5-7天" (also "5～7天", "5—7天", "5至7天"),
     * with spaces ("3 个月") or full-width digits.
     *
     * @throws TrainingRejected {@code training.duration.missing} if the cell is empty,
     *         {@code training.duration.unreadable} (with the text) if it is written any other way, and
     *         {@code training.duration.invalid} (with the text) for a zero length, a range whose start lies after
     *         its end, or more than 36 months or 366 days
     */
    public static TrainingDuration parse(String cell) {
        var text = cell == null ? "" : Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            throw TrainingRejected.invalid("training.duration.missing");
        }
        var matcher = NOTATION.matcher(text);
        if (!matcher.matches()) {
            throw TrainingRejected.invalid("training.duration.unreadable", cell);
        }
        int min = count(matcher.group(1));
        int max = matcher.group(2) == null ? min : count(matcher.group(2));
        var unit = matcher.group(3).equals(Unit.DAY.nameZh()) ? Unit.DAY : Unit.MONTH;
        // Checked here as well as in the constructor, so the user is shown the cell they wrote, not our notation.
        if (!isPlausible(min, max, unit)) {
            throw TrainingRejected.invalid("training.duration.invalid", cell);
        }
        return new TrainingDuration(min, max, unit);
    }

    /** Whether the notice leaves the length open between two bounds ("5-7天"). */
    public boolean isRange() {
        return min != max;
    }

    /** The duration as the notice writes it: "3个月", "7天", "5-7天". */
    public String toNoticeNotation() {
        return notation(min, max, unit);
    }

    private static boolean isPlausible(int min, int max, Unit unit) {
        return min >= 1 && min <= max && max <= unit.limit();
    }

    /** The number as written; one too long for an int is certainly beyond any limit, so it is made one that is. */
    private static int count(String digits) {
        var significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(significant);
    }

    private static String notation(int min, int max, Unit unit) {
        return (min == max ? Integer.toString(min) : min + "-" + max) + unit.nameZh();
    }
}
