package org.counterpart.reporting.adapter.out.files;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.counterpart.reporting.StatisticsTable;
import org.counterpart.reporting.StatisticsTable.Chart;
import org.counterpart.reporting.StatisticsTable.ChartType;
import org.counterpart.reporting.StatisticsTable.Kind;
import org.counterpart.reporting.StatisticsTables;

/**
 * The printable summary of the statistics: A4 landscape, the title and what the figures are as of, then each table
 * under its heading, with its chart drawn as simple bars (grouped, or stacked where the table's chart stacks them;
 * a pie becomes bars too) and the table itself, its header repeated on every page it runs over. The font is a CJK
 * TrueType font, embedded as a subset, so the text prints and can be searched and copied everywhere.
 */
final class StatisticsPdf {

    /** The chart colours, the dashboard's (ECharts' defaults), so paper and screen agree. */
    static final List<Color> PALETTE = List.of(new Color(0x5470c6), new Color(0x91cc75), new Color(0xfac858),
            new Color(0xee6666), new Color(0x73c0de), new Color(0x3ba272), new Color(0xfc8452),
            new Color(0x9a60b4), new Color(0xea7ccc));

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float CHART_HEIGHT = 150;
    private static final float ROW = 13;
    private static final float CELL_SIZE = 7.5f;
    private static final Color INK = new Color(0x1f2937);
    private static final Color MUTED = new Color(0x6b7280);
    private static final Color RULE = new Color(0xd1d5db);
    private static final Color SHADE = new Color(0xf3f4f6);

    private final ExportFonts fonts;

    StatisticsPdf(ExportFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * @param subtitle the line under the title (what the figures cover and are as of)
     * @param pageLabel the page number's text, {@code {0}} the number and {@code {1}} the pages
     */
    byte[] render(StatisticsTables tables, String subtitle, java.util.function.BiFunction<Integer, Integer, String> pageLabel) {
        try (var font = fonts.open(); var document = new PDDocument()) {
            var type0 = PDType0Font.load(document, font.face(), true);
            var writer = new Writer(document, type0, font.face().getUnicodeCmapLookup(false));
            writer.text(tables.title(), MARGIN, writer.y - 18, 18, INK);
            writer.y -= 26;
            writer.text(subtitle, MARGIN, writer.y - 9, 9, MUTED);
            writer.y -= 22;
            for (var table : tables.tables()) {
                writer.table(table);
            }
            writer.finish();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (var stream = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true)) {
                    var label = writer.clean(pageLabel.apply(i + 1, pages));
                    float width = writer.width(label, 8);
                    writer.draw(stream, label, (PAGE.getWidth() - width) / 2, MARGIN / 2, 8, MUTED);
                }
            }
            var info = document.getDocumentInformation();
            info.setTitle(writer.clean(tables.title()));
            info.setSubject(writer.clean(subtitle));
            info.setCreator("Counterpart");
            document.getDocumentCatalog().setLanguage(tables.locale() == null ? "zh-CN"
                    : tables.locale().toLanguageTag());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the printable statistics", e);
        }
    }

    /** Writes page after page, keeping where on the page it is. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType0Font font;
        private final CmapLookup cmap;
        private PDPageContentStream stream;
        float y;

        Writer(PDDocument document, PDType0Font font, CmapLookup cmap) throws IOException {
            this.document = document;
            this.font = font;
            this.cmap = cmap;
            newPage();
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        /** Starts a new page unless {@code height} still fits on this one. */
        void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void finish() throws IOException {
            stream.close();
        }

        void table(StatisticsTable table) throws IOException {
            boolean charted = table.chart() != null && !table.rows().isEmpty();
            ensure(20 + (charted ? CHART_HEIGHT + 10 : 0) + 3 * ROW);
            fill(MARGIN, y - 14, 3, 14, PALETTE.get(0));
            text(table.title(), MARGIN + 8, y - 12, 12, INK);
            y -= 20;
            if (table.note() != null) {
                text(table.note(), MARGIN, y - 8, 8, MUTED);
                y -= 13;
            }
            if (charted) {
                chart(table);
            }
            grid(table);
            y -= 14;
        }

        // --- the chart --------------------------------------------------------------------------------------------

        private void chart(StatisticsTable table) throws IOException {
            var chart = table.chart();
            var series = chart.series();
            boolean stacked = chart.type() == ChartType.STACKED_BAR;
            var categories = table.categories();
            double max = 0;
            for (var row : table.rows()) {
                double sum = 0;
                for (int column : series) {
                    double value = number(row.get(column));
                    sum += value;
                    max = Math.max(max, value);
                }
                max = stacked ? Math.max(max, sum) : max;
            }
            double step = niceStep(max / 5);
            int steps = Math.max(1, (int) Math.ceil(max / step - 1e-9));
            double top = step * steps;
            float left = MARGIN + 44;
            float plotWidth = WIDTH - 44;
            float bottom = y - CHART_HEIGHT + 22;
            float plotHeight = CHART_HEIGHT - 40;

            // Legend across the top: each series' column title with its colour.
            float x = left;
            for (int i = 0; i < series.size(); i++) {
                var name = table.columns().get(series.get(i)).title();
                fill(x, y - 9, 8, 8, colour(chart, i));
                text(name, x + 11, y - 8, 7.5f, INK);
                x += 11 + width(name, 7.5f) + 14;
            }
            text(chart.unit() == null ? "" : chart.unit(), MARGIN, y - 8, 7.5f, MUTED);

            // Value axis: round steps with their values.
            for (int i = 0; i <= steps; i++) {
                float at = bottom + plotHeight * i / steps;
                line(left, at, left + plotWidth, at, i == 0 ? MUTED : RULE);
                var label = format(step * i);
                text(label, left - 4 - width(label, 7), at - 2.5f, 7, MUTED);
            }

            float group = plotWidth / Math.max(1, categories.size());
            float bar = stacked ? Math.min(36, group * 0.55f) : Math.min(22, group * 0.75f / series.size());
            for (int c = 0; c < categories.size(); c++) {
                var row = table.rows().get(c);
                float start = left + group * c + (group - (stacked ? bar : bar * series.size())) / 2;
                float base = bottom;
                for (int i = 0; i < series.size(); i++) {
                    double value = number(row.get(series.get(i)));
                    float height = top == 0 ? 0 : (float) (plotHeight * value / top);
                    var colour = colour(chart, i);
                    if (stacked) {
                        fill(start, base, bar, height, colour);
                        base += height;
                    } else {
                        fill(start + bar * i, bottom, bar, height, colour);
                    }
                }
                var label = fit(categories.get(c), group - 4, 7);
                text(label, left + group * c + (group - width(label, 7)) / 2, bottom - 10, 7, INK);
            }
            y -= CHART_HEIGHT + 6;
        }

        /** The chart's own colour of a series where it has one, else the palette's. */
        private static Color colour(Chart chart, int series) {
            return series < chart.colours().size() ? Color.decode(chart.colours().get(series))
                    : PALETTE.get(series % PALETTE.size());
        }

        /** 1, 2, 2.5 or 5 times a power of ten, at least the value (and at least 1): a step of the value axis. */
        private static double niceStep(double value) {
            if (value <= 1) {
                return 1;
            }
            double power = Math.pow(10, Math.floor(Math.log10(value)));
            for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
                if (step * power >= value) {
                    return step * power;
                }
            }
            return 10 * power;
        }

        private static String format(double value) {
            var decimal = BigDecimal.valueOf(value).stripTrailingZeros();
            return decimal.scale() > 1 ? decimal.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                    : decimal.toPlainString();
        }

        private static double number(Object cell) {
            return cell instanceof Number number ? number.doubleValue() : 0;
        }

        // --- the table --------------------------------------------------------------------------------------------

        private void grid(StatisticsTable table) throws IOException {
            var columns = table.columns();
            var widths = new float[columns.size()];
            var rows = new ArrayList<List<String>>();
            table.rows().forEach(row -> rows.add(row.stream().map(ExportSheets::text).toList()));
            if (table.totals() != null) {
                rows.add(table.totals().stream().map(ExportSheets::text).toList());
            }
            float natural = 0;
            for (int c = 0; c < columns.size(); c++) {
                float w = Math.min(width(columns.get(c).title(), CELL_SIZE), 90);
                for (var row : rows) {
                    w = Math.max(w, width(row.get(c), CELL_SIZE));
                }
                widths[c] = Math.min(w, c == 0 ? 200 : 160) + 8;
                natural += widths[c];
            }
            float scale = natural > WIDTH ? WIDTH / natural : 1;
            for (int c = 0; c < widths.length; c++) {
                widths[c] *= scale;
            }
            var header = new ArrayList<List<String>>();
            int headerLines = 1;
            for (int c = 0; c < columns.size(); c++) {
                var lines = wrap(columns.get(c).title(), widths[c] - 6, CELL_SIZE, 2);
                header.add(lines);
                headerLines = Math.max(headerLines, lines.size());
            }
            float headerHeight = ROW * headerLines - (headerLines - 1) * 3;

            ensure(headerHeight + ROW);
            header(columns.size(), widths, header, headerHeight);
            if (rows.isEmpty()) {
                text("—", MARGIN + 4, y - 9.5f, CELL_SIZE, MUTED);
                y -= ROW;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (y - ROW < MARGIN) {
                    newPage();
                    header(columns.size(), widths, header, headerHeight);
                }
                boolean totals = table.totals() != null && r == rows.size() - 1;
                if (totals) {
                    fill(MARGIN, y - ROW, sum(widths), ROW, SHADE);
                }
                float x = MARGIN;
                for (int c = 0; c < columns.size(); c++) {
                    var cell = fit(rows.get(r).get(c), widths[c] - 6, CELL_SIZE);
                    boolean right = columns.get(c).kind() != Kind.TEXT;
                    float at = right ? x + widths[c] - 3 - width(cell, CELL_SIZE) : x + 3;
                    text(cell, at, y - 9.5f, CELL_SIZE, INK);
                    x += widths[c];
                }
                y -= ROW;
                line(MARGIN, y, MARGIN + sum(widths), y, RULE);
            }
        }

        private void header(int count, float[] widths, List<List<String>> header, float height) throws IOException {
            fill(MARGIN, y - height, sum(widths), height, SHADE);
            float x = MARGIN;
            for (int c = 0; c < count; c++) {
                var lines = header.get(c);
                for (int l = 0; l < lines.size(); l++) {
                    text(lines.get(l), x + 3, y - 9.5f - l * (ROW - 3), CELL_SIZE, INK);
                }
                x += widths[c];
            }
            y -= height;
            line(MARGIN, y, MARGIN + sum(widths), y, MUTED);
        }

        private static float sum(float[] widths) {
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            return total;
        }

        /** The text in lines of at most {@code width}, at most {@code maxLines}, the last cut to fit. */
        private List<String> wrap(String text, float width, float size, int maxLines) throws IOException {
            var lines = new ArrayList<String>();
            var line = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                var next = line.toString() + text.charAt(i);
                if (width(next, size) > width && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                    if (lines.size() == maxLines - 1) {
                        lines.add(fit(text.substring(i), width, size));
                        return lines;
                    }
                }
                line.append(text.charAt(i));
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text, cut with an ellipsis where it is wider than {@code width}. */
        private String fit(String text, float width, float size) throws IOException {
            var clean = clean(text);
            if (width(clean, size) <= width) {
                return clean;
            }
            var cut = clean;
            while (!cut.isEmpty() && width(cut + "…", size) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        // --- drawing ----------------------------------------------------------------------------------------------

        /** The text with what the font cannot print replaced: control characters dropped, missing glyphs as ?. */
        String clean(String text) {
            if (text == null) {
                return "";
            }
            var out = new StringBuilder();
            text.codePoints().forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    return;
                }
                out.appendCodePoint(cmap != null && cmap.getGlyphId(c) == 0 ? '?' : c);
            });
            return out.toString();
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(clean(text)) / 1000 * size;
        }

        void text(String text, float x, float baseline, float size, Color colour) throws IOException {
            draw(stream, text, x, baseline, size, colour);
        }

        void draw(PDPageContentStream on, String text, float x, float baseline, float size, Color colour)
                throws IOException {
            var clean = clean(text);
            if (clean.isEmpty()) {
                return;
            }
            on.beginText();
            on.setFont(font, size);
            on.setNonStrokingColor(colour);
            on.newLineAtOffset(x, baseline);
            on.showText(clean);
            on.endText();
        }

        void fill(float x, float bottom, float width, float height, Color colour) throws IOException {
            if (height <= 0 || width <= 0) {
                return;
            }
            stream.setNonStrokingColor(colour);
            stream.addRect(x, bottom, width, height);
            stream.fill();
        }

        void line(float x1, float y1, float x2, float y2, Color colour) throws IOException {
            stream.setStrokingColor(colour);
            stream.setLineWidth(0.5f);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        }
    }
}
