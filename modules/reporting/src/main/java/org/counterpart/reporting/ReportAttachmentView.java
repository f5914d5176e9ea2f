package org.counterpart.reporting;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a report: its (cleaned) name, its type as read from its content, its size in bytes. */
public record ReportAttachmentView(UUID id, String name, String contentType, long size, Instant uploadedAt,
        String uploadedBy) {
}
