package org.counterpart.reporting;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Writing reports — a unit's or office's own: drafts, changes while a report is a draft or returned, files, and
 * submitting it to the commission office (again, after it was returned). Each change names the version the writer
 * saw; a report changed meanwhile is refused ({@link ReportRejected.Kind#CONFLICT}).
 */
@PrimaryPort
public interface ReportAuthoring {

    ReportDetails draft(ReportDraft draft);

    ReportDetails revise(ReportId id, ReportRevision revision, long seenVersion);

    /**
     * Attaches a file: .docx, .pdf, .xlsx, .png or .jpg, as its content shows (not its name), within the size limits.
     *
     * @param seenVersion the report's version the writer saw, or {@code null} not to check it
     */
    ReportDetails attach(ReportId id, String fileName, byte[] content, Long seenVersion);

    ReportDetails detach(ReportId id, UUID attachment, Long seenVersion);

    ReportDetails submit(ReportId id, long seenVersion, String comment);
}
