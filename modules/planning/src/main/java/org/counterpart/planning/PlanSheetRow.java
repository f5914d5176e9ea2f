package org.counterpart.planning;

import java.io.Serializable;

/**
 * One row of a plan laid out as Attachment 2 of the notice — 序号, 实施地区, 实施项目, 责任处室（承办单位）,
 * 工作要求 — with every cell as the text the file holds (trimmed; never null, empty when the cell is).
 *
 * @param line the row's line in the file (1 is the header), for the messages that name a row
 */
public record PlanSheetRow(int line, String number, String regions, String project, String responsible,
        String requirements) implements Serializable {

    public PlanSheetRow {
        number = clean(number);
        regions = clean(regions);
        project = clean(project);
        responsible = clean(responsible);
        requirements = clean(requirements);
    }

    /** Whether every cell is empty: such rows are skipped, not refused. */
    public boolean isBlank() {
        return number.isEmpty() && regions.isEmpty() && project.isEmpty() && responsible.isEmpty()
                && requirements.isEmpty();
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }
}
