package org.counterpart.reporting.adapter.in.web;

import java.nio.charset.StandardCharsets;

import org.counterpart.directory.RegionCode;
import org.counterpart.reporting.ExportFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as a download, for the API and the pages alike. */
final class StatisticsDownloads {

    private StatisticsDownloads() {
    }

    static ResponseEntity<byte[]> download(ExportFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** The region a request names, or none for all ({@code region=} empty or missing). */
    static RegionCode region(String code) {
        return code == null || code.isBlank() ? null : new RegionCode(code.strip());
    }
}
