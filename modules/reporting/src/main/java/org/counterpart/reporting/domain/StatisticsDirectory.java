package org.counterpart.reporting.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * What the statistics need of the directory: the partner region each place lies in (喀什 in 新疆, 泽普县 in 喀什四县 in
 * 喀什), and the order regions, offices and units are listed in (the notice's).
 *
 * @param parents each place's code with the code of the area it lies in; partner regions are not keys
 * @param regions region and place codes in the order they are listed
 * @param offices office codes in order
 * @param units unit codes in order
 */
public record StatisticsDirectory(Map<String, String> parents, List<String> regions, List<String> offices,
        List<String> units) {

    /** No reference data: every code is a partner region of its own, listed by code. */
    public static final StatisticsDirectory NONE = new StatisticsDirectory(Map.of(), List.of(), List.of(), List.of());

    public StatisticsDirectory {
        parents = Map.copyOf(parents);
        regions = List.copyOf(regions);
        offices = List.copyOf(offices);
        units = List.copyOf(units);
    }

    /** The partner region a region or place lies in: itself, for a partner region or a code not in the directory. */
    public String partnerOf(String code) {
        var seen = new HashSet<String>();
        var at = code;
        while (parents.containsKey(at) && seen.add(at)) {
            at = parents.get(at);
        }
        return at;
    }

    /** Whether the region or place {@code code} is {@code area} or lies inside it. */
    public boolean within(String code, String area) {
        var seen = new HashSet<String>();
        for (var at = code; at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(area)) {
                return true;
            }
        }
        return false;
    }

    public Comparator<String> regionOrder() {
        return orderOf(regions);
    }

    public Comparator<String> officeOrder() {
        return orderOf(offices);
    }

    public Comparator<String> unitOrder() {
        return orderOf(units);
    }

    /** Listed codes first, in their order; the others after them by code. */
    private static Comparator<String> orderOf(List<String> listed) {
        return Comparator.<String>comparingInt(code -> {
            int index = listed.indexOf(code);
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Comparator.naturalOrder());
    }
}
