package org.counterpart.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * The first sheet of a workbook read as the text of its cells, streamed: POI's SAX reader goes through the sheet's XML
 * once, and only the cells' text is kept — reading the whole workbook as objects first ({@code XSSFWorkbook}) took
 * most of a 10,000-row plan import's own time (docs/performance.md).
 *
 * <p>The text is what the sheet shows: a number as its format shows it (a date as ISO 8601, {@link IsoDateFormatter}),
 * a formula's value as Excel last saved it (never evaluated), an error as its code ({@code #DIV/0!}), and a cell merged
 * down a column in every row it spans.
 * The XML is parsed with POI's hardened parser: no external entities, no DTDs.
 */
final class StreamedXlsxSheet {

    /** A row of the sheet: its number (1 for the first) and its cells' text, at least {@code width} of them. */
    record Row(int number, List<String> cells) {
    }

    private StreamedXlsxSheet() {
    }

    /**
     * @throws SheetRejected "not-a-spreadsheet" when the bytes are no workbook, or one without a sheet
     */
    static List<Row> read(byte[] bytes, int width) {
        var collected = new Collected();
        try (var workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            var reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw SheetFiles.rejected("not-a-spreadsheet");
            }
            var strings = new ReadOnlySharedStringsTable(workbook, false);
            var cells = new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collected,
                    new IsoDateFormatter(), false);
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new MergedCells(cells, collected));
            try (var sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (SheetRejected rejected) {
            throw rejected;
        } catch (IOException | SAXException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            // POI reports content that is no workbook (a .docx, a broken ZIP) with a range of exceptions.
            throw SheetFiles.rejected("not-a-spreadsheet", e);
        }
        return collected.rows(width);
    }

    /** The rows as the sheet's XML gives them, and the cells merged down one column. */
    private static final class Collected implements SheetContentsHandler {

        private final List<Integer> numbers = new ArrayList<>();
        private final List<Map<Integer, String>> rows = new ArrayList<>();
        private final Map<Integer, TreeMap<Integer, CellRangeAddress>> mergedDown = new HashMap<>();
        private Map<Integer, String> current;

        @Override
        public void startRow(int rowNum) {
            numbers.add(rowNum);
            current = new HashMap<>();
            rows.add(current);
        }

        @Override
        public void endRow(int rowNum) {
            current = null;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (current == null || reference == null) {
                return;
            }
            var text = formattedValue == null ? "" : formattedValue;
            // The SAX reader writes an error value as "ERROR:#DIV/0!"; the sheet shows the code alone.
            current.put(new CellAddress(reference).getColumn(), text.startsWith("ERROR:") ? text.substring(6) : text);
        }

        void merged(String reference) {
            var region = CellRangeAddress.valueOf(reference);
            if (region.getFirstColumn() == region.getLastColumn() && region.getFirstRow() < region.getLastRow()) {
                mergedDown.computeIfAbsent(region.getFirstColumn(), column -> new TreeMap<>())
                        .put(region.getFirstRow(), region);
            }
        }

        List<Row> rows(int width) {
            var byNumber = new HashMap<Integer, Map<Integer, String>>();
            for (int i = 0; i < rows.size(); i++) {
                byNumber.put(numbers.get(i), rows.get(i));
            }
            var result = new ArrayList<Row>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                int rowIndex = numbers.get(i);
                var row = rows.get(i);
                int cellCount = Math.max(row.keySet().stream().mapToInt(c -> c + 1).max().orElse(0), width);
                var cells = new ArrayList<String>(cellCount);
                for (int column = 0; column < cellCount; column++) {
                    cells.add(text(byNumber, rowIndex, column, row));
                }
                result.add(new Row(rowIndex + 1, cells));
            }
            return result;
        }

        private String text(Map<Integer, Map<Integer, String>> byNumber, int rowIndex, int column,
                Map<Integer, String> row) {
            var regions = mergedDown.get(column);
            var region = regions == null ? null : regions.floorEntry(rowIndex);
            if (region != null && region.getKey() < rowIndex && region.getValue().getLastRow() >= rowIndex) {
                // The merged cell's text belongs to every row it spans, though the file stores it in the first.
                var first = byNumber.get(region.getKey());
                return first == null ? "" : first.getOrDefault(column, "");
            }
            return row.getOrDefault(column, "");
        }
    }

    /** Hands every event to POI's cell reader, and the sheet's {@code <mergeCell ref="A3:A5"/>} to the rows. */
    private record MergedCells(ContentHandler cells, Collected collected) implements ContentHandler {

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                collected.merged(attributes.getValue("ref"));
            }
            cells.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            cells.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cells.characters(ch, start, length);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            cells.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            cells.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            cells.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            cells.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            cells.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            cells.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            cells.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            cells.skippedEntity(name);
        }
    }
}
