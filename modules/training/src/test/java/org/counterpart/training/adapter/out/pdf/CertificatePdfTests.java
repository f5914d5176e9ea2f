package org.counterpart.training.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion certificate, read back with PDFBox. Needs a CJK TrueType font of {@link CertificatePdf#defaultFonts()}
 * installed: on Debian, {@value CertificatePdf#FONT_PACKAGE}.
 */
@org.counterpart.testing.NeedsCjkFont
class CertificatePdfTests {

    private static final LocalDate FROM = LocalDate.of(2018, 9, 3);
    private static final LocalDate TO = LocalDate.of(2018, 11, 30);
    private static final String CODE = "CP-2018-7KQ3-9XWD";
    private static final String URL = "https://counterpart.example.edu.sh.cn/verify/" + CODE;
    private static final String SHADOW_PRINCIPALS = "喀什“影子校长”培训";

    private final CertificatePdf pdf = new CertificatePdf(CertificatePdf.defaultFonts());

    @TempDir
    Path temp;

    private static CertificateContent certificate(String trainee, String programme, String unit) {
        return new CertificateContent(trainee, programme, unit, FROM, TO, "上海", CODE, URL, TO);
    }

    private static CertificateContent zhangSan() {
        return certificate("张三", SHADOW_PRINCIPALS, "市师资培训中心");
    }

    // --- the document --------------------------------------------------------------------------------------------

    @Test
    void isOnePageOfA4Landscape() throws IOException {
        byte[] bytes = pdf.render(zhangSan());

        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var page = document.getPage(0);
            assertThat(page.getRotation()).isZero();
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getWidth());
        }
    }

    @Test
    void embedsItsFontAsASubsetWithAMapBackToUnicode() throws IOException {
        try (var document = Loader.loadPDF(pdf.render(zhangSan()))) {
            var fonts = fontsOf(document);

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
                var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                assertThat(descriptor.getFontFile2()).as("TrueType font program of %s", font.getName()).isNotNull();
                assertThat(font.getName()).as("a subset's name").matches("[A-Z]{6}\\+.+");
                assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).as("ToUnicode").isTrue();
            });
        }
    }

    @Test
    void yieldsItsChineseText() throws IOException {
        var text = textOf(pdf.render(zhangSan()));

        assertThat(text).contains("结业证书", "张三", SHADOW_PRINCIPALS, CODE, URL, "市师资培训中心", "上海市教育委员会");
        // Lines break at spaces, which the joined lines lose.
        assertThat(text).contains("张三 同志于 2018年9月3日 至 2018年11月30日 在上海参加");
        assertThat(text.replace(" ", "")).contains("张三同志于2018年9月3日至2018年11月30日在上海参加" + SHADOW_PRINCIPALS
                + "，完成全部培训课程，准予结业。");
        assertThat(text).contains("证书编号：" + CODE, "验证地址：" + URL, "项目实施单位：市师资培训中心");
    }

    @Test
    void isIssuedByTheCommissionUnlessSaidOtherwise() throws IOException {
        var other = new CertificateContent("张三", SHADOW_PRINCIPALS, "市师资培训中心", FROM, TO, "上海", CODE, URL, TO,
                "上海市教育委员会人事处");

        assertThat(zhangSan().issuer()).isEqualTo(CertificateContent.DEFAULT_ISSUER).isEqualTo("上海市教育委员会");
        assertThat(textOf(pdf.render(other))).contains("上海市教育委员会人事处");
    }

    // --- long and hostile text -----------------------------------------------------------------------------------

    @Test
    void aProgrammeNameOf200CharactersWrapsOnTheOnePage() throws IOException {
        var programme = ("日喀则市教育管理干部“影子校长”培训" + "果洛中小学校长及后备校长培训").repeat(10).substring(0, 200);
        byte[] bytes = pdf.render(certificate("张三", programme, "市师资培训中心"));

        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(textOf(bytes)).contains(programme, "完成全部培训课程，准予结业。", CODE);
        assertEverythingOnThePage(bytes);
    }

    @Test
    void textTooLongForThePageIsCutWithAnEllipsisInsteadOfRunningOff() throws IOException {
        var programme = "喀什“影子校长”培训".repeat(600);
        var unit = "市师资培训中心".repeat(40);
        var url = "https://counterpart.example.edu.sh.cn/verify/" + "X".repeat(400);
        byte[] bytes = pdf.render(new CertificateContent("张三".repeat(50), programme, unit, FROM, TO, "上海", CODE,
                url, TO));

        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(textOf(bytes)).contains("结业证书", "…", CODE);
        assertEverythingOnThePage(bytes);
    }

    @Test
    void printsHostileTextLiterally() throws IOException {
        var trainee = "<script>alert(1)</script>";
        var programme = "\"引号\" 'single' ‘单’ (a) \\ ) <b>加粗</b>\n第二行\r\n第三行";
        var unit = "市师资培训中心 %PDF-1.7 endstream endobj";
        byte[] bytes = pdf.render(certificate(trainee, programme, unit));

        var text = textOf(bytes);
        assertThat(text).contains(trainee, "\"引号\" 'single' ‘单’ (a) \\ ) <b>加粗</b> 第二行 第三行",
                "%PDF-1.7 endstream endobj");
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("结业证书 " + trainee);
        }
    }

    @Test
    void dropsInvisibleControlsAndMarksCharactersTheFontLacks() throws IOException {
        // A right-to-left override and a zero-width space are dropped; an emoji, which the font lacks, becomes □.
        var text = textOf(pdf.render(certificate("张\u202E三\u200B😀", SHADOW_PRINCIPALS, "市师资培训中心")));

        assertThat(text).contains("张三□ 同志于").doesNotContain("\u202E", "\u200B", "😀");
    }

    // --- fonts ---------------------------------------------------------------------------------------------------

    @Test
    void withoutAFontItSaysWhichPackageToInstall() {
        var missing = temp.resolve("wqy-microhei.ttc");
        var certificates = new CertificatePdf(List.of(missing));

        assertThatIllegalStateException().isThrownBy(() -> certificates.render(zhangSan()))
                .withMessageContaining(CertificatePdf.FONT_PACKAGE)
                .withMessageContaining("fonts-wqy-microhei")
                .withMessageContaining(missing.toString());
    }

    @Test
    void withoutAnyCandidateItSaysWhichPackageToInstall() {
        assertThatIllegalStateException().isThrownBy(() -> new CertificatePdf(List.of()).render(zhangSan()))
                .withMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void skipsFilesThatAreNotUsableFonts() throws IOException {
        var missing = temp.resolve("missing.ttc");
        var notAFont = Files.writeString(temp.resolve("not-a-font.ttf"), "<html>not a font</html>");
        var candidates = new ArrayList<>(List.of(missing, notAFont));

        assertThatIllegalStateException().isThrownBy(() -> new CertificatePdf(candidates).render(zhangSan()))
                .withMessageContaining(notAFont.toString()).withMessageContaining("fonts-wqy-microhei");

        candidates.addAll(CertificatePdf.defaultFonts());
        assertThat(textOf(new CertificatePdf(candidates).render(zhangSan()))).contains("张三", "结业证书");
    }

    @Test
    void refusesOpenTypeCffFontsSuchAsNotoCjk() {
        var noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        if (!Files.isRegularFile(noto) && "true".equalsIgnoreCase(System.getenv("COUNTERPART_TEST_FONT_REQUIRED"))) {
            throw new IllegalStateException("COUNTERPART_TEST_FONT_REQUIRED is set, but fonts-noto-cjk is not "
                    + "installed (.ci/run installs it)");
        }
        assumeTrue(Files.isRegularFile(noto), "fonts-noto-cjk is not installed");

        assertThatIllegalStateException().isThrownBy(() -> new CertificatePdf(List.of(noto)).render(zhangSan()))
                .withMessageContaining(noto + " (OpenType/CFF outlines").withMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void refusesACohortThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificateContent("张三", SHADOW_PRINCIPALS,
                "市师资培训中心", TO, FROM, "上海", CODE, URL, TO));
    }

    // --- reading back --------------------------------------------------------------------------------------------

    private static List<PDFont> fontsOf(PDDocument document) throws IOException {
        var resources = document.getPage(0).getResources();
        var fonts = new ArrayList<PDFont>();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** The text of the page, with the lines it wraps into joined again. */
    private static String textOf(byte[] bytes) throws IOException {
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
    }

    /** Every character lies inside the inner frame of the page. */
    private static void assertEverythingOnThePage(byte[] bytes) throws IOException {
        var positions = new ArrayList<TextPosition>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                positions.addAll(textPositions);
            }
        };
        try (var document = Loader.loadPDF(bytes)) {
            stripper.getText(document);
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            float frame = 32;
            assertThat(positions).isNotEmpty().allSatisfy(p -> {
                assertThat(p.getXDirAdj()).as("left of %s", p.getUnicode()).isGreaterThanOrEqualTo(frame);
                assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("right of %s", p.getUnicode())
                        .isLessThanOrEqualTo(width - frame);
                assertThat(p.getYDirAdj() - p.getHeightDir()).as("top of %s", p.getUnicode())
                        .isGreaterThanOrEqualTo(frame);
                assertThat(p.getYDirAdj()).as("baseline of %s", p.getUnicode()).isLessThanOrEqualTo(height - frame);
            });
        }
    }
}
