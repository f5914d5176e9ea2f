package org.counterpart.training.adapter.in.files;

import java.io.InputStream;
import java.util.List;

import org.counterpart.sheets.SheetFiles;
import org.counterpart.sheets.SheetLayout;
import org.counterpart.training.RosterRow;
import org.springframework.stereotype.Component;

/**
 * Trainee rosters as files (.xlsx or .csv) with the columns 姓名, 性别, 民族, 地区, 学校或单位, 职务, 联系电话 — read with
 * the shared sheet rules (content checked, size and row limits, header matched, formulas never run).
 */
@Component
public class RosterFiles {

    static final SheetLayout LAYOUT = SheetLayout.of(List.of("姓名", "性别", "民族", "地区", "学校或单位", "职务", "联系电话"));

    /** @throws org.counterpart.sheets.SheetRejected when the file is no roster at all */
    public List<RosterRow> read(String filename, InputStream content) {
        return SheetFiles.read(LAYOUT, filename, content).stream().filter(row -> !row.isBlank())
                .map(row -> new RosterRow(row.line(), row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4),
                        row.cell(5), row.cell(6)))
                .toList();
    }
}
