package org.counterpart.reporting;

import java.util.Locale;

import org.counterpart.directory.RegionCode;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The official tables and the statistics as files — every signed-in user may download them. Attachments 1 and 2 are
 * in the commission's own layout and language (Chinese); the statistics in the reader's.
 */
@PrimaryPort
public interface StatisticsExports {

    /**
     * 附件1 — 年上海市教委承担对口支援地区人力资源培训项目一览表: the year's training programmes as the notice numbers
     * and writes them, joint vocational schooling (中职联合办学) after them, and the 合计 computed exactly.
     */
    ExportFile attachment1(int year);

    /** 附件2 — the year's plan of tasks, from planning's published plan, laid out as the notice does. */
    ExportFile attachment2(int year);

    /** The statistics as a workbook, one sheet per table. */
    ExportFile statisticsWorkbook(int year, RegionCode region, Locale locale);

    /** The statistics as a printable summary: each table with its chart drawn as bars. */
    ExportFile statisticsPdf(int year, RegionCode region, Locale locale);

    /**
     * One table of the statistics as CSV (UTF-8 with a byte order mark).
     *
     * @throws StatisticsRejected {@code reporting.stats.table-unknown} for a key that names no table
     */
    ExportFile tableCsv(int year, RegionCode region, String table, Locale locale);
}
