package vnla.cases.review;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How far a Lao tone mark written over a vowel mark (ທີ່, ສົ່ງ, ເບິ່ງ) must rise to sit on it rather than through it.
 * A shaping engine takes that from the font's mark-to-mark anchors (GPOS mkmk), which PDFBox does not apply; here it is
 * the vowel mark's top less the tone mark's bottom, plus the gap those anchors leave, read from the font's glyphs once.
 */
final class LaoStacking {

    /** Vowel and other marks drawn above the consonant: MAI KAN, I, II, Y, YY, MAI KON, NIGGAHITA. */
    static final Set<Integer> ABOVE_MARKS = Set.of(0x0EB1, 0x0EB4, 0x0EB5, 0x0EB6, 0x0EB7, 0x0EBB, 0x0ECD);
    /** MAI EK, MAI THO, MAI TI, MAI CATAWA and the cancellation mark. */
    static final Set<Integer> TONE_MARKS = Set.of(0x0EC8, 0x0EC9, 0x0ECA, 0x0ECB, 0x0ECC);
    /** Between a vowel mark's top and the tone mark above it, as Noto Sans Lao's mkmk anchors place it (in em). */
    static final float MARK_GAP = 0.1f;

    /** Rise in em per pair: above mark code point × 0x10000 + tone mark code point. */
    private final Map<Integer, Float> rises;

    private LaoStacking(Map<Integer, Float> rises) {
        this.rises = rises;
    }

    static LaoStacking of(byte[] laoFont) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(laoFont))) {
            float unitsPerEm = font.getUnitsPerEm();
            Map<Integer, Float> rises = new HashMap<>();
            for (int above : ABOVE_MARKS) {
                GlyphData vowel = glyph(font, above);
                for (int tone : TONE_MARKS) {
                    rises.put(above * 0x10000 + tone, (vowel.getYMaximum() - glyph(font, tone).getYMinimum()) / unitsPerEm + MARK_GAP);
                }
            }
            return new LaoStacking(rises);
        } catch (IOException e) {
            throw new IllegalStateException("the Lao font cannot be read", e);
        }
    }

    /** The rise of {@code codePoint} after {@code previous}, in em: 0 unless it is a tone mark over an above mark. */
    float rise(int previous, int codePoint) {
        return rises.getOrDefault(previous * 0x10000 + codePoint, 0f);
    }

    private static GlyphData glyph(TrueTypeFont font, int codePoint) throws IOException {
        GlyphData glyph = font.getGlyph().getGlyph(font.getUnicodeCmapLookup().getGlyphId(codePoint));
        if (glyph == null) {
            throw new IllegalStateException(String.format("the Lao font has no glyph for U+%04X", codePoint));
        }
        return glyph;
    }
}
