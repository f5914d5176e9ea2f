package org.counterpart.planning.domain;

import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * The names a text may contain (places, offices), ready to be looked for at each position of a text: grouped by their
 * first character, longest first, so that finding the name at a position tries only the names beginning with the
 * character there. Made once for a whole file: a 10,000-row plan tried every place name at every character of every
 * row, and sorted the names again for each row (docs/performance.md, sixth round).
 */
public final class KnownNames {

    private final Map<Character, List<String>> byFirstCharacter;

    /** The characters some name begins with: most positions of a text begin none, and are passed at once. */
    private final BitSet firstCharacters = new BitSet(Character.MAX_VALUE + 1);

    private KnownNames(Map<Character, List<String>> byFirstCharacter) {
        this.byFirstCharacter = byFirstCharacter;
        byFirstCharacter.keySet().forEach(first -> firstCharacters.set(first));
    }

    /** The given names, without blank ones and repeats. */
    public static KnownNames of(Collection<String> names) {
        var grouped = names.stream().filter(name -> name != null && !name.isBlank()).distinct()
                .collect(Collectors.groupingBy(name -> name.charAt(0), HashMap::new, Collectors.toList()));
        grouped.replaceAll((first, group) -> group.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        return new KnownNames(Map.copyOf(grouped));
    }

    /** The longest name written in {@code text} at {@code at}, or null. */
    public String longestAt(String text, int at) {
        return longestAt(text, at, end -> true);
    }

    /** The longest name written in {@code text} at {@code at} whose end {@code endsThere} accepts, or null. */
    public String longestAt(String text, int at, IntPredicate endsThere) {
        if (at >= text.length() || !firstCharacters.get(text.charAt(at))) {
            return null;
        }
        for (var name : byFirstCharacter.getOrDefault(text.charAt(at), List.of())) {
            if (text.startsWith(name, at) && endsThere.test(at + name.length())) {
                return name;
            }
        }
        return null;
    }
}
