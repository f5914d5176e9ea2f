package org.counterpart.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo programmes of 2018 — rows 1–11 of Attachment 1 of 沪教委办〔2018〕39号 — read from
 * {@code training/demo/programmes-2018.csv} as the tests see them: the raw bytes, the header and one map per row.
 * <p>
 * No cell of the file needs CSV quoting (the names quote with “” and the amounts use （）), so a line is split on
 * commas; a row with an ASCII quote or the wrong number of cells fails here rather than being misread.
 */
final class Programmes2018 {

    static final String RESOURCE = "training/demo/programmes-2018.csv";

    static final List<String> HEADER = List.of("序号", "项目名称", "培训方式", "资金安排（万元）", "培训人数（人）", "培训时间",
            "项目实施单位", "对口地区", "服务任务");

    private static final String BOM = "\uFEFF";

    private Programmes2018() {
    }

    static byte[] bytes() {
        try (InputStream in = Programmes2018.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** The header line's cells, without the byte order mark. */
    static List<String> header() {
        return cells(lines().get(0).substring(BOM.length()));
    }

    /** The programmes in file order, each by column name. */
    static List<Map<String, String>> rows() {
        var lines = lines();
        var header = cells(lines.get(0).substring(BOM.length()));
        var rows = new ArrayList<Map<String, String>>();
        for (var line : lines.subList(1, lines.size())) {
            var cells = cells(line);
            if (cells.size() != header.size() || line.indexOf('"') >= 0) {
                throw new IllegalStateException("not a plain row of " + header.size() + " cells: " + line);
            }
            var row = new LinkedHashMap<String, String>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The lines, each ended by CRLF in the file; the last CRLF ends the last row rather than starting a new one. */
    private static List<String> lines() {
        var text = text();
        var lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.split(",", -1));
    }
}
