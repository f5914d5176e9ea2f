package org.counterpart.training.adapter.in.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A certificate PDF as a download named by its code. */
final class CertificateDownloads {

    private CertificateDownloads() {
    }

    static ResponseEntity<byte[]> pdf(String code, byte[] document) {
        var name = code.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(document);
    }
}
