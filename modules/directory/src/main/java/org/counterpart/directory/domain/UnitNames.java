package org.counterpart.directory.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How unit names are written: the way the notices write them, whatever the user typed. Half-width parentheses become
 * full-width, full-width letters and digits half-width, runs of white space one space; "相关…" names stand for a
 * kind of unit rather than one unit.
 */
public final class UnitNames {

    public static final int MAX_LENGTH = 150;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private UnitNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        var folded = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            folded.append(switch (c) {
                case '(' -> '（';
                case ')' -> '）';
                default -> c;
            });
        }
        // NFKC folds full-width letters and digits to half-width, but also （） to ()  — put those back.
        var nfkc = Normalizer.normalize(folded, Normalizer.Form.NFKC).replace('(', '（').replace(')', '）');
        return SPACES.matcher(nfkc).replaceAll(" ").strip();
    }

    /** A generic unit (相关高校, 相关区教育局) names a kind of unit the notice leaves open. */
    public static boolean isGeneric(String normalisedName) {
        return normalisedName.startsWith("相关");
    }
}
