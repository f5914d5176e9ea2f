package org.counterpart.enrolment.adapter.in.files;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.counterpart.enrolment.StudentRow;
import org.counterpart.sheets.SheetFiles;
import org.counterpart.sheets.SheetLayout;
import org.springframework.stereotype.Component;

/**
 * Student lists as files (.xlsx or .csv) with the columns 姓名, 性别, 民族, 身份证号, 生源地, 县（市、区）, 建档立卡, 学校,
 * 专业, 入学年份 — read with the shared sheet rules (content checked, size and row limits, header matched, formulas
 * never run). The blank template has the same header, so a school fills in exactly what is read back.
 */
@Component
public class StudentFiles {

    public static final SheetLayout LAYOUT = SheetLayout.of(List.of("姓名", "性别", "民族", "身份证号", "生源地",
            "县（市、区）", "建档立卡", "学校", "专业", "入学年份"));

    /** @throws org.counterpart.sheets.SheetRejected when the file is no student list at all */
    public List<StudentRow> read(String filename, InputStream content) {
        return SheetFiles.read(LAYOUT, filename, content).stream().filter(row -> !row.isBlank())
                .map(row -> new StudentRow(row.line(), row.cell(0), row.cell(1), row.cell(2), row.cell(3),
                        row.cell(4), row.cell(5), row.cell(6), row.cell(7), row.cell(8), row.cell(9)))
                .toList();
    }

    /** The blank template: the header a school fills in below, in the order it is read back. */
    public void writeTemplate(OutputStream out) {
        SheetFiles.writeXlsx(LAYOUT, "学生名单", List.of(), out);
    }
}
