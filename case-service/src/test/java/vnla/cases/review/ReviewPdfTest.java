package vnla.cases.review;

import vnla.cases.Api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vnla.cases.result.DrugType;
import vnla.cases.result.SeizureTotal;
import vnla.cases.result.StatisticsView;
import vnla.common.event.Vocabulary.Language;
import vnla.common.event.Vocabulary.QuantityUnit;

/**
 * The review's fonts cover every text of every language (with seizures, and without: NONE), and the PDF's text extracts
 * exactly as it was written.
 */
class ReviewPdfTest {

    private final ReviewPdf pdf = new ReviewPdf();

    @Test
    void everyTextOfEveryLanguagePrintsAndExtractsAsWritten() throws IOException {
        List<SeizureTotal> seizures = new ArrayList<>();
        for (DrugType drug : DrugType.values()) {
            seizures.add(new SeizureTotal(drug, QuantityUnit.TABLET, new BigDecimal("1200")));
            seizures.add(new SeizureTotal(drug, QuantityUnit.KILOGRAM, new BigDecimal("0.125")));
        }
        StatisticsView.Figures figures = new StatisticsView.Figures(1, 12, 8, 11, new BigDecimal("7200"), new BigDecimal("0.75"), 3, 104);
        for (Language language : Language.values()) {
            String text = String.join(" ", Api.pdfLines(pdf.render(review(figures, seizures), language)))
                    + String.join(" ", Api.pdfLines(pdf.render(review(figures, List.of()), language)));
            for (ReviewText label : ReviewText.values()) {
                assertTrue(text.contains(label.in(language)), language + " lacks " + label + " in:\n" + text);
            }
        }
    }

    @Test
    void requestsAnsweredInTimeHaveTheirRow() throws IOException {
        StatisticsView.Figures figures = new StatisticsView.Figures(1, 1, 1, 1, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
        List<String> vi = Api.pdfLines(pdf.render(review(figures, List.of()), Language.vi));
        List<String> lo = Api.pdfLines(pdf.render(review(figures, List.of()), Language.lo));

        assertTrue(vi.contains("Yêu cầu xác minh được trả lời đúng hạn 3"), String.join("\n", vi));
        assertTrue(lo.contains("ຄຳຮ້ອງຂໍກວດສອບທີ່ຕອບທັນກຳນົດ 3"), String.join("\n", lo));
    }

    @Test
    void laoMarksAboveAndBelowKeepTheirOrder() throws IOException {
        List<String> names = List.of("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ", "ແຂວງເຊກອງ ເມືອງດາກຈຶງ", "ຫຼວງພະບາງ", "ຜູ້ຕ້ອງຫາ ສົ່ງກັບ ຈຳນວນ",
                "ທີ່ນີ້ ເບິ່ງ ກັ້ນ ນ້ຳ");
        YearlyReview review = new YearlyReview(Year.of(2024), names, new StatisticsView.Figures(0, 0, 0, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, 0), List.of(), 0, 0, 0);

        List<String> lines = Api.pdfLines(pdf.render(review, Language.lo));

        names.forEach(name -> assertThat(lines, hasItem(name)));
    }

    /** Noto Sans Lao's mark-to-mark anchors lift MAI EK over II by 0.323 em, over MAI KON by 0.261 em; over a consonant not at all. */
    @Test
    void toneMarksOverVowelMarksRiseAsTheFontsAnchorsWouldPlaceThem() throws IOException {
        LaoStacking stacking;
        try (InputStream font = ReviewPdfTest.class.getClassLoader().getResourceAsStream(ReviewPdf.LAO_FONT)) {
            stacking = LaoStacking.of(font.readAllBytes());
        }

        assertEquals(0.323, stacking.rise('ີ', '່'), 0.01);
        assertEquals(0.261, stacking.rise('ົ', '່'), 0.02);
        assertEquals(0, stacking.rise('ທ', '່'));
        assertEquals(0, stacking.rise('ູ', '້'));
    }

    @Test
    void laoRunsAndLatinRunsTakeTheirOwnFont() {
        assertThat(ScriptFonts.runs("ຢາບ້າ (ເມັດ) 40.500"), contains(new ScriptFonts.Run(true, "ຢາບ້າ "), new ScriptFonts.Run(false, "("),
                new ScriptFonts.Run(true, "ເມັດ"), new ScriptFonts.Run(false, ") 40.500")));
        assertEquals(List.of(new ScriptFonts.Run(false, "Công an tỉnh Quảng Nam")), ScriptFonts.runs("Công an tỉnh Quảng Nam"));
        assertEquals(List.of(), ScriptFonts.runs(""));
    }

    private static YearlyReview review(StatisticsView.Figures figures, List<SeizureTotal> seizures) {
        return new YearlyReview(Year.of(2022), Arrays.asList("Công an tỉnh Sơn La", "Luang Prabang provincial police"), figures, seizures, 2, 1, 3);
    }
}
