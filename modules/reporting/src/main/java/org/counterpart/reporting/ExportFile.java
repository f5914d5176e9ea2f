package org.counterpart.reporting;

/** A file the application generated for download: its name, media type and content. */
public record ExportFile(String filename, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
    public static final String CSV = "text/csv;charset=UTF-8";
}
