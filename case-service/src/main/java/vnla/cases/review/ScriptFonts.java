package vnla.cases.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: Noto Sans for Latin script (Vietnamese included) and Noto Sans Lao for Lao, chosen run by
 * run. Embedded as Type 0 subsets, so each glyph keeps its ToUnicode entry and the text extracts as it was written; the
 * characters stay in their stored (logical) order, marks after their consonant.
 */
final class ScriptFonts {

    /** A stretch of text in one script's font. */
    record Run(boolean lao, String text) {
    }

    private final PDFont latin;
    private final PDFont lao;
    private final LaoStacking stacking;

    private ScriptFonts(PDFont latin, PDFont lao, LaoStacking stacking) {
        this.latin = latin;
        this.lao = lao;
        this.stacking = stacking;
    }

    static ScriptFonts load(PDDocument document, byte[] latinFont, byte[] laoFont, LaoStacking stacking) throws IOException {
        return new ScriptFonts(PDType0Font.load(document, new ByteArrayInputStream(latinFont), true),
                PDType0Font.load(document, new ByteArrayInputStream(laoFont), true), stacking);
    }

    /** The runs of {@code text}: Lao script (its marks included) in one font, the rest in the other; a space stays in its run. */
    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean lao = false;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            boolean isLao = codePoint == ' ' ? lao : Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LAO;
            if (isLao != lao && !current.isEmpty()) {
                runs.add(new Run(lao, current.toString()));
                current.setLength(0);
            }
            lao = isLao;
            current.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(lao, current.toString()));
        }
        return runs;
    }

    float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += font(run).getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** Writes {@code text} with its baseline starting at (x, y). */
    void show(PDPageContentStream content, String text, float size, float x, float y) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs(text)) {
            content.setFont(font(run), size);
            if (run.lao()) {
                showStacked(content, run.text(), size);
            } else {
                content.showText(run.text());
            }
        }
        content.endText();
    }

    /** Lao text in stream order, each tone mark over a vowel mark shown raised onto it (see LaoStacking). */
    private void showStacked(PDPageContentStream content, String text, float size) throws IOException {
        int start = 0;
        int previous = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            float rise = stacking.rise(previous, codePoint);
            if (rise > 0) {
                if (i > start) {
                    content.showText(text.substring(start, i));
                }
                content.setTextRise(rise * size);
                content.showText(text.substring(i, next));
                content.setTextRise(0);
                start = next;
            }
            previous = codePoint;
            i = next;
        }
        if (start < text.length()) {
            content.showText(text.substring(start));
        }
    }

    private PDFont font(Run run) {
        return run.lao() ? lao : latin;
    }
}
