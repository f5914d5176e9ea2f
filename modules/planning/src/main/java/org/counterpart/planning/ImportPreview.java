package org.counterpart.planning;

import java.util.List;

/**
 * What an import does to a year's plan: the tasks it adds, those it updates (with the fields that change), those
 * it leaves as they are.
 */
public record ImportPreview(int year, boolean newPlan, List<Line> added, List<Line> updated, List<Line> unchanged) {

    public record Line(int number, String name, List<String> changedFields) {
    }
}
