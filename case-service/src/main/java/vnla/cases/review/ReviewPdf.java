package vnla.cases.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vnla.cases.result.SeizureTotal;
import vnla.cases.result.StatisticsView;
import vnla.common.event.Vocabulary.Language;
import vnla.common.event.Vocabulary.QuantityUnit;

/**
 * Prints a yearly review as a one-page A4 PDF in Vietnamese, Lao or English, with the Noto fonts shipped in the jar
 * (resources fonts/, SIL Open Font License in fonts/OFL.txt). Figures are written as the language writes numbers.
 */
@Singleton
public class ReviewPdf {

    public static final String MEDIA_TYPE = "application/pdf";
    static final String LATIN_FONT = "fonts/NotoSans-Regular.ttf";
    static final String LAO_FONT = "fonts/NotoSansLao-Regular.ttf";
    static final float TITLE_SIZE = 16;
    static final float NAME_SIZE = 13;
    static final float TEXT_SIZE = 11;

    private final byte[] latinFont = resource(LATIN_FONT);
    private final byte[] laoFont = resource(LAO_FONT);
    private final LaoStacking stacking = LaoStacking.of(laoFont);

    byte[] render(YearlyReview review, Language language) {
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(language.name()));
        String title = ReviewText.TITLE.in(language) + " " + review.year();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(title + ": " + String.join(" – ", review.agencyNames()));
            document.getDocumentInformation().setCreator("case-service");
            document.getDocumentCatalog().setLanguage(language.name());
            ScriptFonts fonts = ScriptFonts.load(document, latinFont, laoFont, stacking);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                ReviewPage sheet = new ReviewPage(content, fonts, page.getMediaBox());
                sheet.line(title, TITLE_SIZE);
                for (String name : review.agencyNames()) {
                    sheet.line(name, NAME_SIZE);
                }
                sheet.gap(TEXT_SIZE);
                figures(sheet, review, language, numbers);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the review PDF", e);
        }
    }

    private static void figures(ReviewPage sheet, YearlyReview review, Language language, NumberFormat numbers) throws IOException {
        StatisticsView.Figures figures = review.figures();
        sheet.row(ReviewText.OPERATIONS.in(language), numbers.format(figures.operations()), TEXT_SIZE, false);
        sheet.row(ReviewText.CASES.in(language), numbers.format(figures.cases()), TEXT_SIZE, false);
        sheet.row(ReviewText.SUSPECTS.in(language), numbers.format(figures.suspects()), TEXT_SIZE, false);
        List<SeizureTotal> seizures = review.seizures();
        sheet.row(ReviewText.DRUGS_SEIZED.in(language), seizures.isEmpty() ? ReviewText.NONE.in(language) : "", TEXT_SIZE, false);
        for (SeizureTotal seizure : seizures) {
            sheet.row(ReviewText.of(seizure.drugType()).in(language) + " (" + ReviewText.of(seizure.unit()).in(language) + ")",
                    decimal(numbers, seizure.quantity()), TEXT_SIZE, true);
        }
        if (!seizures.isEmpty()) {
            total(sheet, language, QuantityUnit.TABLET, decimal(numbers, figures.tablets()));
            total(sheet, language, QuantityUnit.KILOGRAM, decimal(numbers, figures.kilograms()));
        }
        sheet.row(ReviewText.WEAPONS.in(language), numbers.format(figures.weapons()), TEXT_SIZE, false);
        sheet.row(ReviewText.ROUNDS.in(language), numbers.format(figures.rounds()), TEXT_SIZE, false);
        sheet.row(ReviewText.HANDOVERS.in(language), numbers.format(review.handovers()), TEXT_SIZE, false);
        sheet.row(ReviewText.VICTIMS_RETURNED.in(language), numbers.format(review.victimsReturned()), TEXT_SIZE, false);
        sheet.row(ReviewText.REQUESTS_ANSWERED_IN_TIME.in(language), numbers.format(review.requestsAnsweredInTime()), TEXT_SIZE, false);
    }

    private static void total(ReviewPage sheet, Language language, QuantityUnit unit, String value) throws IOException {
        sheet.row(ReviewText.TOTAL.in(language) + " (" + ReviewText.of(unit).in(language) + ")", value, TEXT_SIZE, true);
    }

    /** Every digit the figure has (kilograms from grams have up to six decimals), none it has not. */
    private static String decimal(NumberFormat numbers, BigDecimal value) {
        NumberFormat exact = (NumberFormat) numbers.clone();
        exact.setMaximumFractionDigits(Math.max(0, value.scale()));
        return exact.format(value);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReviewPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
