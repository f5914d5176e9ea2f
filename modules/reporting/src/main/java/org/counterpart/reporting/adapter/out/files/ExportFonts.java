package org.counterpart.reporting.adapter.out.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds the CJK TrueType font the printable summary embeds: the first of the candidate files that exists and holds a
 * TrueType face with Chinese characters ({@code .ttf}, or the first face of a {@code .ttc}). PDFBox embeds TrueType
 * outlines only, so OpenType/CFF fonts (Noto CJK) are passed over. The candidates are
 * {@code counterpart.reporting.statistics.pdf-fonts} (comma-separated paths) or else Debian's usual places.
 */
final class ExportFonts {

    /** The Debian package of the first default font. */
    static final String FONT_PACKAGE = "fonts-wqy-microhei";

    static final List<Path> DEFAULTS = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"));

    private final List<Path> candidates;

    ExportFonts(List<Path> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** The fonts a comma-separated setting names, or the defaults where it names none. */
    static ExportFonts of(String setting) {
        var named = setting == null ? List.<Path>of()
                : Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                        .toList();
        return new ExportFonts(named.isEmpty() ? DEFAULTS : named);
    }

    /** An open font file and the face used from it; closing it closes the file. */
    record OpenFont(TrueTypeFont face, Closeable file) implements Closeable {

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /** @throws IllegalStateException when no candidate is a usable TrueType CJK font, saying how to install one */
    OpenFont open() {
        var refused = new ArrayList<String>();
        for (var path : candidates) {
            if (!Files.isRegularFile(path)) {
                refused.add(path + " (missing)");
                continue;
            }
            try {
                if ("OTTO".equals(tagOf(path))) {
                    refused.add(path + " (OpenType with CFF outlines)");
                    continue;
                }
                var font = read(path);
                if (usable(font.face())) {
                    return font;
                }
                font.close();
                refused.add(path + " (no TrueType Chinese characters)");
            } catch (IOException | RuntimeException e) {
                refused.add(path + " (unreadable: " + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException(("No font for the printable statistics: none of %s is a usable TrueType CJK "
                + "font. Install %s (apt-get install -y %s) or name a TrueType CJK font (.ttf, .ttc) in "
                + "counterpart.reporting.statistics.pdf-fonts.").formatted(refused, FONT_PACKAGE, FONT_PACKAGE));
    }

    private static OpenFont read(Path path) throws IOException {
        if ("ttcf".equals(tagOf(path))) {
            var collection = new TrueTypeCollection(path.toFile());
            try {
                var faces = new ArrayList<TrueTypeFont>();
                collection.processAllFonts(faces::add);
                if (faces.isEmpty()) {
                    throw new IOException("an empty collection");
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

    private static String tagOf(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean usable(TrueTypeFont face) throws IOException {
        if (face instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        var cmap = face.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId('统') != 0 && cmap.getGlyphId('计') != 0;
    }
}
