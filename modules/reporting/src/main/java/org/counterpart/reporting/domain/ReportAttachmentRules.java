package org.counterpart.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.counterpart.reporting.ReportRejected;

/**
 * What files a report may carry: Word (.docx), PDF, Excel (.xlsx), PNG and JPEG, each within a size limit — and
 * the type is read from the content, so an .exe renamed .pdf is refused. The name a file is kept and offered under
 * is cleaned: no directories ({@code ../../etc/passwd.pdf} becomes {@code passwd.pdf}), no control or reserved
 * characters, no leading dots, at most {@link #MAX_NAME} characters with the extension kept.
 */
public final class ReportAttachmentRules {

    public static final int MAX_NAME = 120;

    /** How many files a report may carry and how large they may be. */
    public record Limits(long maxFileBytes, long maxTotalBytes, int maxCount) {
    }

    /** A file that passed: its cleaned name and the type its content showed. */
    public record Checked(String name, String contentType) {
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The extensions allowed and the one type the content of each must show. */
    static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx", DOCX, "xlsx", XLSX, "png",
            "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    private ReportAttachmentRules() {
    }

    public static Checked check(String fileName, byte[] content, Limits limits, ReportFileTypes types) {
        var name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw ReportRejected.invalid("reporting.report.attachment.empty", name);
        }
        if (content.length > limits.maxFileBytes()) {
            throw ReportRejected.invalid("reporting.report.attachment.too-large", name,
                    megabytes(limits.maxFileBytes()));
        }
        var extension = extension(name);
        var expected = TYPES.get(extension);
        if (expected == null) {
            throw ReportRejected.invalid("reporting.report.attachment.type-not-allowed", name);
        }
        var detected = types.detect(content, name);
        if (!expected.equals(detected) || !holdsItsMainPart(extension, content)) {
            throw ReportRejected.invalid("reporting.report.attachment.content-mismatch", name);
        }
        return new Checked(name, expected);
    }

    /**
     * A .docx or .xlsx is a zip package; any zip named so would pass a detector that trusts the name for zips. Its
     * main part must be there: the part names are stored uncompressed in the package, so a search of the bytes
     * finds them without unpacking anything (nothing to fear from a zip bomb).
     */
    private static boolean holdsItsMainPart(String extension, byte[] content) {
        return switch (extension) {
            case "docx" -> contains(content, "word/document.xml");
            case "xlsx" -> contains(content, "xl/workbook.xml");
            default -> true;
        };
    }

    private static boolean contains(byte[] content, String text) {
        var needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The name to keep: its last path segment, without control, reserved or leading-dot characters. */
    public static String cleanName(String fileName) {
        var name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty() || name.indexOf('.') < 0) {
            throw ReportRejected.invalid("reporting.report.attachment.type-not-allowed",
                    fileName == null ? "" : fileName);
        }
        if (name.length() > MAX_NAME) {
            var ext = name.substring(name.lastIndexOf('.'));
            name = name.substring(0, MAX_NAME - ext.length()).strip() + ext;
        }
        return name;
    }

    static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** Bytes as whole megabytes for messages (10485760 → 10). */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
