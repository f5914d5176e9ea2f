package org.counterpart.reporting.adapter.out.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.counterpart.reporting.ReportRejected;
import org.counterpart.reporting.domain.ReportAttachmentRules;
import org.junit.jupiter.api.Test;

/**
 * What a report may carry, checked by content with Tika: real Word, PDF, Excel, PNG and JPEG files pass; an executable
 * renamed .pdf, a zip renamed .docx, a PNG named .jpg, anything too large or of another type do not; names are cleaned.
 */
class ReportAttachmentChecksTests {

    static final ReportAttachmentRules.Limits LIMITS = new ReportAttachmentRules.Limits(10 * 1024 * 1024,
            30 * 1024 * 1024, 10);

    final ReportTikaFileTypes types = new ReportTikaFileTypes();

    ReportAttachmentRules.Checked check(String name, byte[] content) {
        return ReportAttachmentRules.check(name, content, LIMITS, types);
    }

    @Test
    void realDocumentsAndImagesPassWithTheTypeTheirContentShows() throws IOException {
        assertThat(check("一季度简报.pdf", pdf()).contentType()).isEqualTo("application/pdf");
        assertThat(check("经验做法.docx", docx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check("学员名单.xlsx", xlsx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(check("现场照片.png", image("png")).contentType()).isEqualTo("image/png");
        assertThat(check("现场照片.JPG", image("jpg")).contentType()).isEqualTo("image/jpeg");
        assertThat(check("现场照片.jpeg", image("jpg")).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        var exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        assertRefused(() -> check("通知.pdf", exe), "reporting.report.attachment.content-mismatch");
    }

    @Test
    void aZipRenamedDocxAndAnImageUnderAnotherNameAreRefused() throws IOException {
        var zip = zip();
        var docx = docx();
        var png = image("png");
        assertRefused(() -> check("经验做法.docx", zip), "reporting.report.attachment.content-mismatch");
        assertRefused(() -> check("学员名单.xlsx", docx), "reporting.report.attachment.content-mismatch");
        assertRefused(() -> check("照片.jpg", png), "reporting.report.attachment.content-mismatch");
        assertRefused(() -> check("简报.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                "reporting.report.attachment.content-mismatch");
    }

    @Test
    void onlyTheAllowedExtensionsAreTaken() throws IOException {
        var pdf = pdf();
        assertRefused(() -> check("setup.exe", pdf), "reporting.report.attachment.type-not-allowed");
        assertRefused(() -> check("page.html", pdf), "reporting.report.attachment.type-not-allowed");
        assertRefused(() -> check("old.doc", pdf), "reporting.report.attachment.type-not-allowed");
        assertRefused(() -> check("no-extension", pdf), "reporting.report.attachment.type-not-allowed");
    }

    @Test
    void aFileLargerThanTheLimitOrEmptyIsRefused() throws IOException {
        var large = new byte[10 * 1024 * 1024 + 1];
        var header = pdf();
        System.arraycopy(header, 0, large, 0, header.length);
        assertRefused(() -> check("大文件.pdf", large), "reporting.report.attachment.too-large");
        assertRefused(() -> check("空.pdf", new byte[0]), "reporting.report.attachment.empty");
    }

    @Test
    void aNameIsKeptWithoutItsPathOrCharactersThatCouldMislead() throws IOException {
        assertThat(check("../../etc/passwd.pdf", pdf()).name()).isEqualTo("passwd.pdf");
        assertThat(ReportAttachmentRules.cleanName("..\\..\\Windows\\system32\\简报.pdf")).isEqualTo("简报.pdf");
        assertThat(ReportAttachmentRules.cleanName("...hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(ReportAttachmentRules.cleanName("报告\u0000\u202e<fdp>.pdf")).isEqualTo("报告fdp.pdf");
        assertThat(ReportAttachmentRules.cleanName("a:b|c?d*e\"f.pdf")).isEqualTo("abcdef.pdf");
        var longName = ReportAttachmentRules.cleanName("长".repeat(300) + ".docx");
        assertThat(longName).hasSize(ReportAttachmentRules.MAX_NAME).endsWith(".docx");
    }

    private static void assertRefused(Runnable check, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(ReportRejected.class, r -> {
            assertThat(r.kind()).isEqualTo(ReportRejected.Kind.INVALID);
            assertThat(r.messageKey()).isEqualTo(key);
        });
    }

    static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("经验做法");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a document".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] image(String format) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
