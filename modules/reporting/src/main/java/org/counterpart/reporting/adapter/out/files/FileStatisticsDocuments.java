package org.counterpart.reporting.adapter.out.files;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.counterpart.planning.PlanSheetRow;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTables;
import org.counterpart.reporting.domain.Attachment1;
import org.counterpart.reporting.domain.StatisticsDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The statistics' files: workbooks and CSV through the sheets library, the printable summary through PDFBox. */
@Component
class FileStatisticsDocuments implements StatisticsDocuments {

    /** The commission works in Shanghai time; what the figures are as of is shown in it. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final StatisticsPdf pdf;
    private final MessageSource messages;

    FileStatisticsDocuments(@Value("${counterpart.reporting.statistics.pdf-fonts:}") String fonts,
            MessageSource messages) {
        this.pdf = new StatisticsPdf(ExportFonts.of(fonts));
        this.messages = messages;
    }

    @Override
    public byte[] workbook(StatisticsTables tables) {
        return ExportSheets.workbook(tables);
    }

    @Override
    public byte[] pdf(StatisticsTables tables) {
        var locale = tables.locale() == null ? Locale.SIMPLIFIED_CHINESE : tables.locale();
        var scope = tables.regionName() == null ? text("reporting.export.pdf.all-regions", locale)
                : tables.regionName();
        var asOf = tables.asOf() == null ? text("reporting.export.pdf.no-events", locale)
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(tables.asOf().atZone(SHANGHAI));
        var subtitle = text("reporting.export.pdf.subtitle", locale, scope, asOf);
        return pdf.render(tables, subtitle, (page, pages) -> text("reporting.export.pdf.page", locale, page, pages));
    }

    @Override
    public byte[] csv(StatisticsTable table) {
        return ExportSheets.csv(table);
    }

    @Override
    public byte[] attachment1(Attachment1 table) {
        return ExportSheets.attachment1(table);
    }

    @Override
    public byte[] attachment2(String title, List<PlanSheetRow> rows) {
        return ExportSheets.attachment2(title, rows);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
