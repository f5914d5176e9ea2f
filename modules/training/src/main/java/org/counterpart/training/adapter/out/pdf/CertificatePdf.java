package org.counterpart.training.adapter.out.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets a completion certificate (结业证书) as a one-page A4 landscape PDF.
 * <p>
 * The Chinese text needs a CJK font, and the PDF must show and yield its text on any machine, so the font is embedded
 * (as a subset, with a ToUnicode map for copying and searching). PDFBox embeds TrueType outlines only: the font is the
 * first of the candidate files that exists and holds a TrueType CJK font ({@code .ttf}, or the first face of a
 * {@code .ttc}). OpenType/CFF fonts such as Noto CJK are refused: PDFBox can embed them neither whole nor as a subset.
 * On Debian the default candidates come with {@value #FONT_PACKAGE}.
 * <p>
 * Any text is printed literally: line breaks and other control characters become spaces, invisible formatting
 * characters (such as bidirectional overrides) are dropped, and a character the font lacks is printed as □, the
 * usual mark for a missing character. Long texts wrap, and shrink if they must, so that nothing leaves the page; a
 * text too long even at the smallest size ends with "…".
 * <p>
 * Instances hold no state but the candidate list and may be shared between threads.
 */
public class CertificatePdf {

    /** The Debian package of the first default font. */
    public static final String FONT_PACKAGE = "fonts-wqy-microhei";

    private static final List<Path> DEFAULT_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), // fonts-wqy-microhei
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), // fonts-wqy-zenhei
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), // fonts-arphic-uming
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc")); // fonts-arphic-ukai

    private static final String CFF = "OpenType/CFF outlines, which PDFBox can embed neither whole nor as a subset";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    // A4 landscape, in points.
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();

    private static final float[] RED = { 0.62f, 0.11f, 0.11f };
    private static final float[] INK = { 0.10f, 0.10f, 0.10f };
    private static final float[] GREY = { 0.35f, 0.35f, 0.35f };

    private static final String MISSING_GLYPH = "□";
    private static final String ELLIPSIS = "…";
    /** Not at the start of a line: they hang into the margin instead. */
    private static final String CLOSING = "，。、；：？！）》」』】〉〕”’…,.;:?!)]}%";
    /** Not at the end of a line: they move to the next one. */
    private static final String OPENING = "（《「『【〈〔“‘([{";

    private final List<Path> fontCandidates;

    /**
     * @param fontCandidates font files to try, in order; the first that exists and holds a TrueType CJK font is
     *                       used. See {@link #defaultFonts()}.
     */
    public CertificatePdf(List<Path> fontCandidates) {
        this.fontCandidates = List.copyOf(fontCandidates);
    }

    /**
     * The Debian locations of TrueType CJK fonts that this renderer is known to embed correctly: WenQuanYi Micro Hei
     * ({@value #FONT_PACKAGE}), WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}), AR PL UMing and UKai
     * ({@code fonts-arphic-uming}, {@code fonts-arphic-ukai}).
     */
    public static List<Path> defaultFonts() {
        return DEFAULT_FONTS;
    }

    /**
     * @return the certificate as PDF bytes
     * @throws IllegalStateException when none of the candidate fonts can be used
     */
    public byte[] render(CertificateContent content) {
        Objects.requireNonNull(content, "content");
        try (var font = openFont(); var document = new PDDocument()) {
            var page = new PDPage(PAGE);
            document.addPage(page);
            var type0 = PDType0Font.load(document, font.face(), true);
            var typesetter = new Typesetter(type0, font.face().getUnicodeCmapLookup(false));
            try (var stream = new PDPageContentStream(document, page)) {
                typesetter.draw(stream, content);
            }
            describe(document, content, typesetter);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the completion certificate " + content.verificationCode(),
                    e);
        }
    }

    private static void describe(PDDocument document, CertificateContent content, Typesetter typesetter) {
        document.getDocumentCatalog().setLanguage("zh-CN");
        var info = document.getDocumentInformation();
        info.setTitle("结业证书 " + typesetter.clean(content.traineeName()));
        info.setSubject(typesetter.clean(content.programmeName()));
        info.setAuthor(typesetter.clean(content.issuer()));
        info.setKeywords(typesetter.clean(content.verificationCode()));
        info.setCreator("Counterpart");
    }

    // --- the font -------------------------------------------------------------------------------------------------

    /** An open font file and the face used from it; closing it closes the file. */
    private record OpenFont(TrueTypeFont face, Closeable file) implements Closeable {

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    private OpenFont openFont() {
        var refused = new ArrayList<String>();
        for (var path : fontCandidates) {
            if (!Files.isRegularFile(path)) {
                refused.add(path + " (missing)");
                continue;
            }
            try {
                if (tagOf(path).equals("OTTO")) {
                    refused.add(path + " (" + CFF + ")");
                    continue;
                }
                var font = open(path);
                var reason = unusable(font.face());
                if (reason == null) {
                    return font;
                }
                font.close();
                refused.add(path + " (" + reason + ")");
            } catch (IOException | RuntimeException e) {
                refused.add(path + " (not a readable TrueType font: " + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException(("No font for the completion certificate (结业证书): none of the candidate "
                + "fonts is a usable TrueType CJK font: %s. Install the Debian package %s (apt-get install -y %s), "
                + "or give the path of another TrueType CJK font (.ttf or .ttc with TrueType outlines; OpenType/CFF "
                + "fonts such as Noto CJK cannot be embedded).")
                .formatted(refused.isEmpty() ? "none given" : String.join(", ", refused), FONT_PACKAGE,
                        FONT_PACKAGE));
    }

    private static OpenFont open(Path path) throws IOException {
        if (tagOf(path).equals("ttcf")) {
            var collection = new TrueTypeCollection(path.toFile());
            try {
                var faces = new ArrayList<TrueTypeFont>();
                collection.processAllFonts(faces::add);
                if (faces.isEmpty()) {
                    throw new IOException("an empty font collection");
                }
                return new OpenFont(faces.get(0), collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        var file = new RandomAccessReadBufferedFile(path.toFile());
        try {
            var face = new TTFParser().parse(file);
            return new OpenFont(face, face);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The first four bytes: "ttcf" for a collection, "OTTO" for OpenType with CFF outlines. */
    private static String tagOf(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    /** @return why the face cannot be used, or null when it can */
    private static String unusable(TrueTypeFont face) throws IOException {
        if (face instanceof OpenTypeFont otf && otf.isPostScript()) {
            return CFF;
        }
        var cmap = face.getUnicodeCmapLookup(false);
        if (cmap == null || cmap.getGlyphId('结') == 0 || cmap.getGlyphId('证') == 0) {
            return "no Chinese characters";
        }
        return null;
    }

    // --- typesetting ----------------------------------------------------------------------------------------------

    private enum Align {
        LEFT, CENTRE
    }

    /**
     * One character as printed. {@code underlined} marks the trainee's name; characters of one {@code group} other
     * than 0 stay on one line when they fit on one.
     */
    private record Glyph(String text, boolean underlined, int group) {
    }

    private record Line(List<Glyph> glyphs, float width) {
    }

    /**
     * Lines fitted to a width at one size, in points; {@code leading} is the distance between baselines, and the first
     * line is indented by {@code indent} ems.
     */
    private record Block(List<Line> lines, float size, float leading, float indent) {

        float height() {
            return (lines.size() - 1) * leading + size;
        }
    }

    /** Lays out and draws one certificate with one font; not shared between threads. */
    private static final class Typesetter {

        private final PDType0Font font;
        private final CmapLookup cmap;
        private final Map<String, Float> widths = new HashMap<>();
        private final String missing;
        private int groups;

        Typesetter(PDType0Font font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
            this.missing = has(MISSING_GLYPH.codePointAt(0)) ? MISSING_GLYPH : "?";
        }

        /** Lays the certificate out, then draws it in reading order, which is the order text is extracted in. */
        void draw(PDPageContentStream cs, CertificateContent c) throws IOException {
            // Title: no letter-spacing, which would make "结业证书" come out as "结 业 证 书" when copied or searched.
            var title = glyphs("结业证书");
            var titleBlock = new Block(List.of(new Line(title, width(title))), 48, 0, 0);
            float titleBaseline = H - 136;
            float ornamentY = titleBaseline - 26;

            // Bottom right: issuer, implementing unit and date of issue, stacked upwards from the date.
            float rightWidth = 300;
            float rightX = W - 100 - rightWidth;
            var date = fit(kept(CHINESE_DATE.format(c.issuedOn()), false), rightWidth, 0, 16, 9, 1.4f, 2);
            var unit = fit(glyphs("项目实施单位：" + clean(c.implementingUnit())), rightWidth, 0, 14, 8, 1.4f, 2);
            var issuer = fit(glyphs(clean(c.issuer())), rightWidth, 0, 18, 9, 1.35f, 2);
            float dateFirst = stackUp(date, 84);
            float unitFirst = stackUp(unit, dateFirst + 1.7f * Math.max(date.size(), unit.size()));
            float issuerFirst = stackUp(issuer, unitFirst + 1.7f * Math.max(unit.size(), issuer.size()));
            float rightTop = issuerFirst + issuer.size();

            // Bottom left, in small print: the certificate's number and where to verify it.
            float leftX = 72;
            float leftWidth = rightX - 24 - leftX;
            var code = fit(glyphs("证书编号：" + clean(c.verificationCode())), leftWidth, 0, 10, 7, 1.4f, 2);
            var url = fit(glyphs("验证地址：" + clean(c.verificationUrl())), leftWidth, 0, 10, 7, 1.4f, 3);
            float urlFirst = stackUp(url, 58);
            float codeFirst = stackUp(code, urlFirst + url.leading());
            float leftTop = codeFirst + code.size();

            // The sentence, centred in the space between the ornament and the blocks at the bottom. Names, dates and
            // phrases stay whole on a line where they fit.
            var sentence = new ArrayList<Glyph>();
            sentence.addAll(kept(clean(c.traineeName()), true));
            sentence.addAll(glyphs(" "));
            sentence.addAll(kept("同志于", false));
            sentence.addAll(glyphs(" "));
            sentence.addAll(kept(CHINESE_DATE.format(c.from()), false));
            sentence.addAll(glyphs(" 至 "));
            sentence.addAll(kept(CHINESE_DATE.format(c.to()), false));
            sentence.addAll(glyphs(" "));
            sentence.addAll(kept("在" + clean(c.place()) + "参加", false));
            sentence.addAll(glyphs(" "));
            sentence.addAll(kept(clean(c.programmeName()), false));
            sentence.addAll(glyphs("，"));
            sentence.addAll(kept("完成全部培训课程，", false));
            sentence.addAll(kept("准予结业。", false));
            float bodyX = 118;
            float bodyWidth = W - 2 * bodyX;
            float bodyTop = ornamentY - 24;
            float bodyBottom = Math.max(rightTop, leftTop) + 22;
            var body = fitHeight(sentence, bodyWidth, 2, 20, 8, 1.9f, bodyTop - bodyBottom);
            float bodyFirst = bodyTop - (bodyTop - bodyBottom - body.height()) / 2 - body.size();

            border(cs);
            drawBlock(cs, titleBlock, 0, W, titleBaseline, Align.CENTRE, RED);
            ornament(cs, ornamentY);
            drawBlock(cs, body, bodyX, bodyWidth, bodyFirst, Align.LEFT, INK);
            drawBlock(cs, issuer, rightX, rightWidth, issuerFirst, Align.CENTRE, INK);
            drawBlock(cs, unit, rightX, rightWidth, unitFirst, Align.CENTRE, INK);
            drawBlock(cs, date, rightX, rightWidth, dateFirst, Align.CENTRE, INK);
            drawBlock(cs, code, leftX, leftWidth, codeFirst, Align.LEFT, GREY);
            drawBlock(cs, url, leftX, leftWidth, urlFirst, Align.LEFT, GREY);
        }

        private static void border(PDPageContentStream cs) throws IOException {
            cs.setStrokingColor(RED[0], RED[1], RED[2]);
            cs.setLineWidth(3.5f);
            cs.addRect(24, 24, W - 48, H - 48);
            cs.stroke();
            cs.setLineWidth(0.9f);
            cs.addRect(32, 32, W - 64, H - 64);
            cs.stroke();
            // Small squares in the corners of the inner frame.
            for (float[] corner : new float[][] { { 32, 32 }, { W - 32, 32 }, { 32, H - 32 }, { W - 32, H - 32 } }) {
                cs.addRect(corner[0] - 4, corner[1] - 4, 8, 8);
            }
            cs.setNonStrokingColor(RED[0], RED[1], RED[2]);
            cs.fill();
        }

        /** A short rule with a diamond in the middle, under the title. */
        private static void ornament(PDPageContentStream cs, float y) throws IOException {
            float half = 110;
            cs.setStrokingColor(RED[0], RED[1], RED[2]);
            cs.setLineWidth(0.8f);
            cs.moveTo(W / 2 - half, y);
            cs.lineTo(W / 2 - 8, y);
            cs.moveTo(W / 2 + 8, y);
            cs.lineTo(W / 2 + half, y);
            cs.stroke();
            cs.moveTo(W / 2, y + 4);
            cs.lineTo(W / 2 + 4, y);
            cs.lineTo(W / 2, y - 4);
            cs.lineTo(W / 2 - 4, y);
            cs.closePath();
            cs.setNonStrokingColor(RED[0], RED[1], RED[2]);
            cs.fill();
        }

        /** @return the first baseline of a block whose last baseline is {@code lastBaseline} */
        private static float stackUp(Block block, float lastBaseline) {
            return lastBaseline + (block.lines().size() - 1) * block.leading();
        }

        private void drawBlock(PDPageContentStream cs, Block block, float x, float width, float firstBaseline,
                Align align, float[] colour) throws IOException {
            float y = firstBaseline;
            for (var line : block.lines()) {
                float lineWidth = line.width() * block.size();
                float indent = line == block.lines().get(0) ? block.indent() * block.size() : 0;
                float lineX = switch (align) {
                    case LEFT -> x + indent;
                    case CENTRE -> x + indent + (width - indent - lineWidth) / 2;
                };
                var text = new StringBuilder();
                line.glyphs().forEach(g -> text.append(g.text()));
                cs.setNonStrokingColor(colour[0], colour[1], colour[2]);
                cs.beginText();
                cs.setFont(font, block.size());
                cs.newLineAtOffset(lineX, y);
                cs.showText(text.toString());
                cs.endText();
                underline(cs, line, lineX, y, block.size(), colour);
                y -= block.leading();
            }
        }

        private void underline(PDPageContentStream cs, Line line, float x, float baseline, float size,
                float[] colour) throws IOException {
            float at = x;
            Float start = null;
            var glyphs = line.glyphs();
            for (int i = 0; i <= glyphs.size(); i++) {
                boolean on = i < glyphs.size() && glyphs.get(i).underlined();
                if (on && start == null) {
                    start = at;
                } else if (!on && start != null) {
                    cs.setStrokingColor(colour[0], colour[1], colour[2]);
                    cs.setLineWidth(Math.max(0.5f, size * 0.04f));
                    cs.moveTo(start - size * 0.25f, baseline - size * 0.22f);
                    cs.lineTo(at + size * 0.25f, baseline - size * 0.22f);
                    cs.stroke();
                    start = null;
                }
                if (i < glyphs.size()) {
                    at += width(glyphs.get(i).text()) * size;
                }
            }
        }

        // --- text --------------------------------------------------------------------------------------------------

        /**
         * The text as it can be printed: whitespace and control characters become single spaces, invisible
         * formatting characters go, characters the font lacks become □.
         */
        String clean(String text) {
            var out = new StringBuilder();
            boolean space = false;
            for (int i = 0; i < text.length();) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                    space = out.length() > 0;
                    continue;
                }
                if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                    continue;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                if (has(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(missing);
                }
            }
            return out.toString();
        }

        private boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        /** Already clean text as glyphs. */
        private static List<Glyph> glyphs(String text) {
            return glyphs(text, false, 0);
        }

        /** Already clean text as glyphs that stay on one line if they fit on one. */
        private List<Glyph> kept(String text, boolean underlined) {
            return glyphs(text, underlined, ++groups);
        }

        private static List<Glyph> glyphs(String text, boolean underlined, int group) {
            var glyphs = new ArrayList<Glyph>();
            text.codePoints().forEach(cp -> glyphs.add(new Glyph(Character.toString(cp), underlined, group)));
            return glyphs;
        }

        /** Width in ems (of a one-point font). */
        private float width(String text) {
            return widths.computeIfAbsent(text, t -> {
                try {
                    return font.getStringWidth(t) / 1000f;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private float width(List<Glyph> glyphs) {
            float w = 0;
            for (var g : glyphs) {
                w += width(g.text());
            }
            return w;
        }

        // --- fitting -----------------------------------------------------------------------------------------------

        /**
         * The text in as few lines as it can, up to {@code maxLines}, at the largest size from {@code size} down: a
         * text is made up to a quarter smaller before it takes another line, and down to {@code minSize} on the last.
         */
        private Block fit(List<Glyph> text, float width, float indent, float size, float minSize, float leading,
                int maxLines) {
            for (int n = 1; n <= maxLines; n++) {
                float smallest = n == maxLines ? minSize : Math.max(minSize, size * 0.75f);
                for (float s = size; s >= smallest - 1e-4f; s -= 0.5f) {
                    var lines = wrap(text, width / s, indent);
                    if (lines.size() <= n) {
                        return block(lines, s, leading, indent);
                    }
                }
            }
            return block(truncate(wrap(text, width / minSize, indent), maxLines, width / minSize, indent), minSize,
                    leading, indent);
        }

        /** As {@link #fit}, with the number of lines given by a height. */
        private Block fitHeight(List<Glyph> text, float width, float indent, float size, float minSize,
                float leading, float height) {
            for (float s = size; s >= minSize; s -= 0.5f) {
                var lines = wrap(text, width / s, indent);
                if ((lines.size() - 1) * s * leading + s <= height) {
                    return block(lines, s, leading, indent);
                }
            }
            int maxLines = Math.max(1, (int) Math.floor((height - minSize) / (minSize * leading)) + 1);
            return block(truncate(wrap(text, width / minSize, indent), maxLines, width / minSize, indent), minSize,
                    leading, indent);
        }

        private static Block block(List<Line> lines, float size, float leading, float indent) {
            return new Block(lines, size, leading * size, indent);
        }

        private List<Line> truncate(List<Line> lines, int maxLines, float width, float indent) {
            if (lines.size() <= maxLines) {
                return lines;
            }
            var kept = new ArrayList<>(lines.subList(0, maxLines));
            var last = new ArrayList<>(kept.get(maxLines - 1).glyphs());
            float available = width - (maxLines == 1 ? indent : 0) - width(ELLIPSIS);
            while (!last.isEmpty() && (width(last) > available || last.get(last.size() - 1).text().equals(" "))) {
                last.remove(last.size() - 1);
            }
            last.add(new Glyph(ELLIPSIS, false, 0));
            kept.set(maxLines - 1, new Line(last, width(last)));
            return kept;
        }

        /**
         * Breaks text into lines of at most {@code width} ems, the first indented by {@code indent} ems. Chinese breaks
         * between any two characters; a run of Latin letters or digits stays whole unless it is longer than a line;
         * closing punctuation hangs at the end of a line rather than start the next, and opening punctuation moves to
         * the next line rather than end one.
         */
        private List<Line> wrap(List<Glyph> text, float width, float indent) {
            var lines = new ArrayList<Line>();
            var current = new ArrayList<Glyph>();
            float[] used = { 0 };
            float[] available = { width - indent };
            Consumer<Boolean> breakLine = carryOpening -> {
                var carried = new ArrayList<Glyph>();
                if (carryOpening && current.size() > 1
                        && OPENING.contains(current.get(current.size() - 1).text())) {
                    carried.add(current.remove(current.size() - 1));
                }
                while (!current.isEmpty() && current.get(current.size() - 1).text().equals(" ")) {
                    current.remove(current.size() - 1);
                }
                lines.add(new Line(List.copyOf(current), width(current)));
                current.clear();
                current.addAll(carried);
                used[0] = width(carried);
                available[0] = width;
            };
            for (var unit : units(text, width)) {
                float w = width(unit);
                boolean isSpace = unit.size() == 1 && unit.get(0).text().equals(" ");
                if (isSpace) {
                    if (current.isEmpty()) {
                        continue;
                    }
                    if (used[0] + w <= available[0] + 1e-4f) {
                        current.addAll(unit);
                        used[0] += w;
                    } else {
                        breakLine.accept(false);
                    }
                    continue;
                }
                if (used[0] + w <= available[0] + 1e-4f) {
                    current.addAll(unit);
                    used[0] += w;
                } else if (!current.isEmpty() && unit.size() == 1 && CLOSING.contains(unit.get(0).text())) {
                    current.addAll(unit); // hangs
                    used[0] += w;
                } else if (w > width) {
                    for (var glyph : unit) {
                        float gw = width(glyph.text());
                        if (used[0] + gw > available[0] + 1e-4f && !current.isEmpty()) {
                            breakLine.accept(false);
                        }
                        current.add(glyph);
                        used[0] += gw;
                    }
                } else {
                    breakLine.accept(true);
                    current.addAll(unit);
                    used[0] += w;
                }
            }
            if (!current.isEmpty() || lines.isEmpty()) {
                breakLine.accept(false);
            }
            return lines;
        }

        /**
         * What a line may not break inside: a group, a run of Latin letters and digits, a space; every other
         * character on its own. A group is broken at its spaces, if it has any, rather than wrapped whole.
         */
        private List<List<Glyph>> units(List<Glyph> text, float width) {
            var units = new ArrayList<List<Glyph>>();
            for (int i = 0; i < text.size();) {
                int group = text.get(i).group();
                int end = i + 1;
                while (group != 0 && end < text.size() && text.get(end).group() == group) {
                    end++;
                }
                var run = text.subList(i, end);
                if (group != 0 && width(run) <= width) {
                    units.add(run);
                } else {
                    units.addAll(words(run));
                }
                i = end;
            }
            return units;
        }

        private static List<List<Glyph>> words(List<Glyph> text) {
            var units = new ArrayList<List<Glyph>>();
            List<Glyph> word = null;
            for (var glyph : text) {
                int cp = glyph.text().codePointAt(0);
                boolean latin = cp < 0x2E80 && Character.isLetterOrDigit(cp);
                if (latin) {
                    if (word == null) {
                        word = new ArrayList<>();
                        units.add(word);
                    }
                    word.add(glyph);
                } else {
                    word = null;
                    units.add(List.of(glyph));
                }
            }
            return units;
        }
    }
}
