package org.counterpart.reporting.adapter.in.web;

import java.nio.charset.StandardCharsets;

import org.counterpart.reporting.ReportFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report's file as a download: always as an attachment (never shown in the page's origin), under its cleaned name
 * (RFC 5987 for Chinese names), with the type its content showed; the browser is told not to guess another.
 */
final class ReportDownloads {

    private ReportDownloads() {
    }

    static ResponseEntity<byte[]> of(ReportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
