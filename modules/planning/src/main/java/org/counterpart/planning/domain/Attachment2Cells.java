package org.counterpart.planning.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the cells of Attachment 2 of the notice 沪教委办〔2018〕39号 ("2018年上海教育东西部扶贫协作和对口支援主要工作任务表")
 * the way the notice writes them.
 *
 * <ul>
 * <li><b>实施地区</b> lists regions separated by 、 ("新疆、西藏", "万州、夷陵"); a region broken over two lines only for
 * layout ("西部" / "对口地区") is one region.</li>
 * <li><b>责任处室（承办单位）</b> names the responsible offices of the commission, separated by 、, the first leading,
 * followed by the undertaking units in parentheses: "人事处、职教处、委办公室（信息办）（市师资培训中心、复旦大学、上海交通大学）".
 * Some office names contain parentheses themselves (委办公室（信息办）), some cells use half-width parentheses
 * ("学生处(相关高校)"), and an office list may end open: "…高教处等", "法规处及相关处室".</li>
 * <li><b>工作要求</b> cites documents by their 《》 titles, with titles quoted inside them in 〈〉, and names places.</li>
 * </ul>
 *
 * Names are returned as written — apart from the joined line breaks and full-width parentheses — and are not resolved
 * to directory codes here.
 */
public final class Attachment2Cells {

    /** What the notice appends to an office list that is not complete: "法规处及相关处室". */
    private static final List<String> AND_OTHER_OFFICES = List.of("及相关处室", "及有关处室");

    /** The trailing "等" of "…高教处等". */
    private static final char ET_CETERA = '等';

    private static final String LIST_SEPARATORS = "、，,";

    private static final String REGION_SEPARATORS = "、，,/";

    /**
     * The characters of school levels that the notice coordinates with 、 inside one name: "相关中、高职院校" is one unit
     * (secondary and higher vocational colleges), not "相关中" and "高职院校".
     */
    private static final String LEVELS = "大中小初高";

    /** A line break the notice makes for layout, with the indentation around it. */
    private static final Pattern LAYOUT_BREAK = Pattern.compile("[ \\t\\u3000]*\\R[ \\t\\u3000]*");

    private Attachment2Cells() {
    }

    /**
     * The responsibility a 责任处室（承办单位） cell gives: the offices in the order written (the first leads), whether the
     * list is left open ("等", "及相关处室"), and the undertaking units in the order written, each once.
     *
     * @param offices the office names as written, parentheses full-width
     * @param andOtherOffices whether the cell adds "等" or "及相关处室" to the offices it names
     * @param units the unit names given in parentheses, each once
     */
    public record Responsibility(List<String> offices, boolean andOtherOffices, List<String> units) {

        public Responsibility {
            offices = List.copyOf(offices);
            units = List.copyOf(units);
        }
    }

    /**
     * The regions of a 实施地区 cell: "新疆、西藏" is [新疆, 西藏], "西部\n对口地区" is [西部对口地区]. Regions are separated by
     * 、 (also "，", "," or "/"); names are trimmed and empty ones dropped.
     */
    public static List<String> regionNames(String cell) {
        if (cell == null) {
            return List.of();
        }
        var names = new ArrayList<String>();
        var name = new StringBuilder();
        for (char c : withoutLayoutBreaks(cell).toCharArray()) {
            if (REGION_SEPARATORS.indexOf(c) >= 0) {
                addStripped(names, name);
            } else {
                name.append(c);
            }
        }
        addStripped(names, name);
        return List.copyOf(names);
    }

    /**
     * The offices and units of a 责任处室（承办单位） cell.
     * <p>
     * Line breaks are removed and half-width parentheses made full-width. Then, from left to right: a known office name
     * (longest first, so that 委办公室（信息办） is an office and not 委办公室 with the unit 信息办) or else the text up to
     * the next 、 or parenthesis is an office; a trailing "等" or "及相关处室" leaves the office list open; every other
     * parenthesised group holds units separated by 、.
     *
     * @param cell the cell as written
     * @param officeNames every office name and alias the directory knows, e.g. 委办公室（信息办）, 办公室（信息办）, 组干处
     */
    public static Responsibility responsibility(String cell, Set<String> officeNames) {
        return responsibility(cell, officeNames(officeNames));
    }

    /** Office names and aliases as {@link #responsibility(String, KnownNames)} looks for them, for a whole file. */
    public static KnownNames officeNames(Collection<String> officeNames) {
        return KnownNames.of(officeNames.stream().filter(Objects::nonNull)
                .map(name -> fullWidthParentheses(name).strip()).toList());
    }

    /** As {@link #responsibility(String, Set)}, with the office names made ready once ({@link #officeNames}). */
    public static Responsibility responsibility(String cell, KnownNames known) {
        var text = fullWidthParentheses(withoutLayoutBreaks(cell == null ? "" : cell)).strip();

        var offices = new LinkedHashSet<String>();
        var units = new LinkedHashSet<String>();
        boolean andOtherOffices = false;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (LIST_SEPARATORS.indexOf(c) >= 0 || Character.isWhitespace(c) || c == '\u3000') {
                at++;
            } else if (c == '（') {
                int close = closingParenthesis(text, at);
                units.addAll(unitNames(text.substring(at + 1, close)));
                at = Math.min(close + 1, text.length());
            } else if (andOtherOfficesAt(text, at) != null) {
                andOtherOffices = true;
                at += andOtherOfficesAt(text, at).length();
            } else if (c == ET_CETERA && endsOfficeName(text, at + 1)) {
                andOtherOffices = true;
                at++;
            } else {
                var office = known.longestAt(text, at, end -> endsOfficeName(text, end));
                int end = office != null ? at + office.length() : endOfOfficeName(text, at);
                var name = text.substring(at, end).strip();
                if (!name.isEmpty()) {
                    offices.add(name);
                }
                at = end;
            }
        }
        return new Responsibility(new ArrayList<>(offices), andOtherOffices, new ArrayList<>(units));
    }

    /**
     * The titles the text cites in 《》, in order, each once, without the 《》: titles quoted inside a title in 〈〉 stay
     * as written ("教育部 国务院扶贫办 国家语委关于印发〈推普脱贫攻坚行动计划（2018-2020年）的通知〉").
     */
    public static List<String> referencedTitles(String text) {
        if (text == null) {
            return List.of();
        }
        var flat = withoutLayoutBreaks(text);
        var titles = new LinkedHashSet<String>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '《') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if (c == '》' && depth > 0 && --depth == 0) {
                var title = flat.substring(start, i).strip();
                if (!title.isEmpty()) {
                    titles.add(title);
                }
            }
        }
        return List.copyOf(titles);
    }

    /**
     * Which of the given places the text names, in the order of their first occurrence, each once. Where names overlap
     * the longest one at a position wins: "喀什四县" is 喀什四县 and not also 喀什 — though 喀什 is reported where it
     * occurs on its own elsewhere.
     */
    public static List<String> placesNamed(String text, Collection<String> placeNames) {
        return placesNamed(text, KnownNames.of(placeNames));
    }

    /** As {@link #placesNamed(String, Collection)}, with the place names made ready once for a whole file. */
    public static List<String> placesNamed(String text, KnownNames places) {
        if (text == null) {
            return List.of();
        }
        var flat = withoutLayoutBreaks(text);
        var found = new LinkedHashSet<String>();
        int at = 0;
        while (at < flat.length()) {
            var match = places.longestAt(flat, at);
            if (match != null) {
                found.add(match);
                at += match.length();
            } else {
                at++;
            }
        }
        return List.copyOf(found);
    }

    private static List<String> unitNames(String group) {
        var names = new ArrayList<String>();
        var name = new StringBuilder();
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (LIST_SEPARATORS.indexOf(c) >= 0 && !coordinatesLevels(group, i)) {
                addStripped(names, name);
            } else {
                name.append(c);
            }
        }
        addStripped(names, name);
        return names;
    }

    /** Whether the 、 at {@code i} joins two school levels inside one name, as in "相关中、高职院校" or "中、小学". */
    private static boolean coordinatesLevels(String text, int i) {
        return text.charAt(i) == '、' && i > 0 && i + 1 < text.length()
                && LEVELS.indexOf(text.charAt(i - 1)) >= 0 && LEVELS.indexOf(text.charAt(i + 1)) >= 0;
    }

    private static int endOfOfficeName(String text, int at) {
        int end = at;
        while (end < text.length() && !endsOfficeName(text, end)) {
            end++;
        }
        return end;
    }

    /** Whether an office name written up to {@code at} ends there. */
    private static boolean endsOfficeName(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return LIST_SEPARATORS.indexOf(c) >= 0 || c == '（' || andOtherOfficesAt(text, at) != null
                || (c == ET_CETERA && endsOfficeName(text, at + 1));
    }

    private static String andOtherOfficesAt(String text, int at) {
        for (var words : AND_OTHER_OFFICES) {
            if (text.startsWith(words, at)) {
                return words;
            }
        }
        return null;
    }

    /** The index of the parenthesis closing the one at {@code open}, or the text's length if it is never closed. */
    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（') {
                depth++;
            } else if (c == '）' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String withoutLayoutBreaks(String text) {
        return LAYOUT_BREAK.matcher(text).replaceAll("");
    }

    private static String fullWidthParentheses(String text) {
        return text.replace('(', '（').replace(')', '）');
    }

    private static void addStripped(List<String> names, StringBuilder name) {
        var stripped = name.toString().strip();
        if (!stripped.isEmpty()) {
            names.add(stripped);
        }
        name.setLength(0);
    }
}
