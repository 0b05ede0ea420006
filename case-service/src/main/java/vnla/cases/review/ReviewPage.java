package vnla.cases.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Writes one page top-down: lines, label–value rows with the value set flush right, and paragraphs wrapped at spaces. */
final class ReviewPage {

    static final float MARGIN = 56;
    /** Baseline to baseline, as a multiple of the font size. */
    static final float LEADING = 1.6f;
    static final float INDENT = 18;

    private final PDPageContentStream content;
    private final ScriptFonts fonts;
    private final float left;
    private final float right;
    private float baseline;

    ReviewPage(PDPageContentStream content, ScriptFonts fonts, PDRectangle box) {
        this.content = content;
        this.fonts = fonts;
        this.left = box.getLowerLeftX() + MARGIN;
        this.right = box.getUpperRightX() - MARGIN;
        this.baseline = box.getUpperRightY() - MARGIN;
    }

    void line(String text, float size) throws IOException {
        next(size);
        fonts.show(content, text, size, left, baseline);
    }

    void row(String label, String value, float size, boolean indented) throws IOException {
        next(size);
        fonts.show(content, label, size, indented ? left + INDENT : left, baseline);
        fonts.show(content, value, size, right - fonts.width(value, size), baseline);
    }

    void paragraph(String text, float size) throws IOException {
        for (String line : wrap(text, size)) {
            line(line, size);
        }
    }

    void gap(float size) {
        baseline -= size * LEADING / 2;
    }

    private void next(float size) {
        baseline -= size * LEADING;
    }

    private List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && fonts.width(longer, size) > right - left) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
