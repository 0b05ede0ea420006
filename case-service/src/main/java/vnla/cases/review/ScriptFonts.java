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
 * run. Embedded as Type 0 subsets, so each glyph keeps its ToUnicode entry and the text extracts as it was written.
 */
final class ScriptFonts {

    /** A stretch of text in one script's font. */
    record Run(boolean lao, String text) {
    }

    private final PDFont latin;
    private final PDFont lao;

    private ScriptFonts(PDFont latin, PDFont lao) {
        this.latin = latin;
        this.lao = lao;
    }

    static ScriptFonts load(PDDocument document, byte[] latinFont, byte[] laoFont) throws IOException {
        return new ScriptFonts(PDType0Font.load(document, new ByteArrayInputStream(latinFont), true),
                PDType0Font.load(document, new ByteArrayInputStream(laoFont), true));
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
            content.showText(run.text());
        }
        content.endText();
    }

    private PDFont font(Run run) {
        return run.lao() ? lao : latin;
    }
}
