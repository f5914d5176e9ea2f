package org.counterpart.reporting.domain;

import java.util.List;

import org.counterpart.planning.PlanSheetRow;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTables;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Writes the statistics and the official tables as files. */
@SecondaryPort
public interface StatisticsDocuments {

    /** A workbook of one sheet per table, each with its title, header, rows and totals. */
    byte[] workbook(StatisticsTables tables);

    /** A printable summary (A4): the title, then each table with its chart drawn as bars. */
    byte[] pdf(StatisticsTables tables);

    /** One table as CSV, UTF-8 with a byte order mark. */
    byte[] csv(StatisticsTable table);

    /** Attachment 1 as the notice lays it out. */
    byte[] attachment1(Attachment1 table);

    /** Attachment 2 as the notice lays it out: 序号, 实施地区, 实施项目, 责任处室（承办单位）, 工作要求. */
    byte[] attachment2(String title, List<PlanSheetRow> rows);
}
