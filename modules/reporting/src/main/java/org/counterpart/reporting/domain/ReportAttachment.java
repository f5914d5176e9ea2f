package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a report, as the report knows it: its cleaned name, the type its content showed, its size and
 * SHA-256, who uploaded it when. The bytes are kept apart ({@link Reports#storeFile}).
 */
public record ReportAttachment(UUID id, String name, String contentType, long size, String sha256, Instant uploadedAt,
        String uploadedBy) {
}
