package org.counterpart.reporting.adapter.out.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTable.Column;
import org.counterpart.reporting.StatisticsTable.Kind;
import org.counterpart.reporting.StatisticsTables;
import org.counterpart.testing.NeedsCjkFont;
import org.junit.jupiter.api.Test;

/** The printable summary: its text is there to read, search and copy, its font embedded, long tables run on. */
class StatisticsPdfTests {

    final StatisticsPdf pdf = new StatisticsPdf(ExportFonts.of(null));

    @Test
    @NeedsCjkFont
    void printsTheTitleEachTableAndItsFiguresInAnEmbeddedChineseFont() throws IOException {
        var bytes = pdf.render(ExportSheetsTests.tables(), "范围：全部对口地区", (page, pages) -> "第 " + page + " 页，共 "
                + pages + " 页");

        try (var document = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2018年教育东西部扶贫协作和对口支援统计", "范围：全部对口地区", "培训项目按对口地区",
                    "市教委经费（万元）", "206.4", "332.4", "逾期节点", "第 1 页，共 1 页");
            assertThat(text).as("paper is no spreadsheet: the text as it is").contains("9 =1+1");
            var font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(((PDType0Font) font).getDescendantFont().isEmbedded()).isTrue();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("2018年教育东西部扶贫协作和对口支援统计");
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    @NeedsCjkFont
    void aLongTableRunsOnToMorePagesWithItsHeaderAgain() throws IOException {
        var rows = new ArrayList<List<Object>>();
        for (long i = 1; i <= 120; i++) {
            rows.add(List.of(i, "第" + i + "项"));
        }
        var table = new StatisticsTable("overdue-milestones", "逾期节点", List.of(new Column("任务序号", Kind.COUNT),
                new Column("牵头处室", Kind.TEXT)), rows, null, null, null);
        var bytes = pdf.render(new StatisticsTables(2018, "统计", null, null, null, null, List.of(table)), "",
                (page, pages) -> page + "/" + pages);

        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("任务序号", "牵头处室");
            assertThat(new PDFTextStripper().getText(document)).contains("第120项");
        }
    }

    @Test
    void withoutAUsableFontItSaysWhichPackageToInstall() {
        var none = new StatisticsPdf(new ExportFonts(List.of(Path.of("/nonexistent/font.ttc"))));

        assertThatThrownBy(() -> none.render(ExportSheetsTests.tables(), "", (page, pages) -> ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("/nonexistent/font.ttc (missing)");
    }
}
