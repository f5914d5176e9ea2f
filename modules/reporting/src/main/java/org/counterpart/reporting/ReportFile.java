package org.counterpart.reporting;

/** A report's attached file to download: its cleaned name, its type as read from its content, the bytes. */
public record ReportFile(String name, String contentType, byte[] content) {
}
