package vnla.cases.review;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vnla.cases.Api;

/**
 * The 2024 review of Quảng Nam with Sekong, printed in Vietnamese, Lao and English: the text extracted from the PDF holds
 * each figure recorded and the agencies' names byte for byte. No other test records results for Quảng Nam in 2024.
 */
@QuarkusTest
class ReviewTest {

    static final String QUANG_NAM = "Công an tỉnh Quảng Nam";
    static final String SEKONG = "Sekong provincial police";
    static final String REVIEW = "/api/v1/statistics/review";

    private static boolean recorded;

    /** Once per run: two operations of 2024 with Sekong, three results in the year and two just outside it. */
    @BeforeEach
    void quangNamAndSekong2024() {
        if (recorded) {
            return;
        }
        recorded = true;
        UUID drugs = Api.open("vn.quangnam", operation("vn.quangnam", "la.sekong", "DRUG_TRAFFICKING"));
        UUID weapons = Api.open("la.sekong", operation("la.sekong", "vn.quangnam", "WEAPONS_SMUGGLING"));
        record("vn.quangnam", drugs, "2024-03-12", "VN-27", "Nam Giang", 2, 3, List.of(drug("METHAMPHETAMINE_TABLETS", 24000, "TABLET")), 0, 0);
        record("vn.quangnam", drugs, "2024-07-30", "VN-27", "Tây Giang", 3, 5, List.of(drug("METHAMPHETAMINE_TABLETS", 16500, "TABLET"),
                drug("CRYSTAL_METHAMPHETAMINE", 2.5, "KILOGRAM"), drug("HEROIN", 750, "GRAM")), 2, 45);
        record("la.sekong", weapons, "2024-11-05", "LA-XE", "ດາກຈຶງ", 1, 2, List.of(drug("CANNABIS", 12, "KILOGRAM")), 1, 60);
        record("vn.quangnam", drugs, "2023-12-31", "VN-27", "Nam Giang", 9, 9, List.of(drug("HEROIN", 9, "KILOGRAM")), 9, 999);
        record("la.sekong", weapons, "2025-01-01", "LA-XE", "ລະມາມ", 9, 9, List.of(drug("METHAMPHETAMINE_TABLETS", 99999, "TABLET")), 9, 999);
    }

    @Test
    void vietnameseReviewHoldsTheFiguresRecordedAndTheNamesByteForByte() throws IOException {
        List<String> lines = Api.pdfLines(review(Api.analyst("vn.quangnam"), "vi"));

        assertThat(lines, hasItems("Tổng kết công tác phối hợp năm 2024", QUANG_NAM, SEKONG,
                "Chuyên án phối hợp 2",
                "Số vụ 6",
                "Số đối tượng bị bắt 10",
                "Ma túy thu giữ",
                "Ma túy tổng hợp dạng viên (viên) 40.500",
                "Ma túy đá (kg) 2,5",
                "Heroin (kg) 0,75",
                "Cần sa (kg) 12",
                "Tổng (viên) 40.500",
                "Tổng (kg) 15,25",
                "Vũ khí (khẩu) 3",
                "Đạn (viên) 105",
                "Bàn giao đối tượng truy nã 0",
                "Nạn nhân được trao trả 0",
                "Yêu cầu xác minh được trả lời đúng hạn 0"));
    }

    @Test
    void laoReviewHoldsTheFiguresRecordedAndTheNamesByteForByte() throws IOException {
        List<String> lines = Api.pdfLines(review(Api.analyst("la.sekong"), "lo"));

        assertThat(lines, hasItems("ສະຫຼຸບຜົນການຮ່ວມມືປະຈຳປີ 2024", QUANG_NAM, SEKONG,
                "ແຜນການປະຕິບັດງານຮ່ວມ 2",
                "ຈຳນວນຄະດີ 6",
                "ຜູ້ຕ້ອງຫາທີ່ຖືກຈັບກຸມ 10",
                "ຢາເສບຕິດທີ່ຍຶດໄດ້",
                "ຢາບ້າ (ເມັດ) 40.500",
                "ຢາໄອສ (ກິໂລກຣາມ) 2,5",
                "ເຮໂຣອິນ (ກິໂລກຣາມ) 0,75",
                "ກັນຊາ (ກິໂລກຣາມ) 12",
                "ລວມ (ເມັດ) 40.500",
                "ລວມ (ກິໂລກຣາມ) 15,25",
                "ອາວຸດ (ກະບອກ) 3",
                "ລູກປືນ (ນັດ) 105",
                "ການສົ່ງມອບຜູ້ຕ້ອງຫາ 0",
                "ຄຳຮ້ອງຂໍກວດສອບທີ່ຕອບທັນກຳນົດ 0"));
    }

    @Test
    void englishReviewWritesNumbersTheEnglishWay() throws IOException {
        List<String> lines = Api.pdfLines(review(Api.as("admin", "vn.quangnam"), "en"));

        assertThat(lines, hasItems("Yearly review of cooperation, 2024", "Cases 6", "Suspects arrested 10",
                "Methamphetamine tablets (tablets) 40,500", "Heroin (kg) 0.75", "Total (kg) 15.25", "Ammunition (rounds) 105"));
    }

    /** The names printed are the agencies' as recorded (NFC), the ones GET /api/v1/agencies returns. */
    @Test
    void namesAreTheRecordedOnes() {
        assertTrue(Normalizer.isNormalized(QUANG_NAM, Normalizer.Form.NFC));
        Api.analyst("vn.quangnam").get("/api/v1/agencies")
                .then().statusCode(200)
                .body("find { it.id == 'vn.quangnam' }.name", equalTo(QUANG_NAM))
                .body("find { it.id == 'la.sekong' }.name", equalTo(SEKONG));
    }

    @Test
    void pdfComesInlineWithTheFontsEmbedded() throws IOException {
        byte[] pdf = Api.analyst("vn.quangnam").queryParam("agencies", "vn.quangnam").queryParam("agencies", "la.sekong")
                .queryParam("year", 2024).queryParam("lang", "lo")
                .get(REVIEW)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"review-2024-vn.quangnam-la.sekong-lo.pdf\""))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
            }
            assertThat(fonts.stream().sorted().toList(), contains("NotoSans-Regular", "NotoSansLao-Regular"));
            assertThat(document.getNumberOfPages(), equalTo(1));
        }
    }

    @Test
    void yearWithoutResultsPrintsZerosAndNoDrugs() throws IOException {
        List<String> lines = Api.pdfLines(review(Api.analyst("vn.quangnam"), "vi", "2019"));

        assertThat(lines, hasItems("Số vụ 0", "Ma túy thu giữ Không có", "Đạn (viên) 0"));
        assertThat(lines, not(hasItem(startsWith("Tổng ("))));
    }

    @Test
    void eitherAgencyAndTheMinistriesOfBothCountriesMayReadTheReview() {
        for (String agency : List.of("vn.quangnam", "la.sekong", "vn.mps", "la.mps")) {
            review(Api.analyst(agency), "vi");
        }
        Api.analyst("la.salavan").queryParam("agencies", "vn.quangnam").queryParam("agencies", "la.sekong").queryParam("year", 2024)
                .queryParam("lang", "vi")
                .get(REVIEW)
                .then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("duty-officer", "vn.quangnam").queryParam("agencies", "vn.quangnam").queryParam("agencies", "la.sekong")
                .queryParam("year", 2024).queryParam("lang", "vi")
                .get(REVIEW)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void badLanguageIsProblemNamingLang() {
        badRequest(Map.of("agencies", List.of("vn.quangnam", "la.sekong"), "year", "2024", "lang", "th"), "lang");
        badRequest(Map.of("agencies", List.of("vn.quangnam", "la.sekong"), "year", "2024"), "lang");
    }

    @Test
    void badYearIsProblemNamingYear() {
        String nextYear = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1).toString();
        for (String year : List.of("hai nghìn", "24", "1974", nextYear)) {
            badRequest(Map.of("agencies", List.of("vn.quangnam", "la.sekong"), "year", year, "lang", "vi"), "year");
        }
        badRequest(Map.of("agencies", List.of("vn.quangnam", "la.sekong"), "lang", "vi"), "year");
    }

    @Test
    void badAgenciesAreProblemNamingAgencies() {
        for (List<String> agencies : List.<List<String>>of(List.of(), List.of("vn.quangnam"), List.of("vn.quangnam", "la.sekong", "la.salavan"),
                List.of("vn.quangnam", "vn.quangnam"), List.of("vn.quangnam", "Sekong"), List.of("vn.quangnam", "la.vientiane"))) {
            badRequest(Map.of("agencies", agencies, "year", "2024", "lang", "vi"), "agencies");
        }
    }

    private static byte[] review(RequestSpecification caller, String lang) {
        return review(caller, lang, "2024");
    }

    private static byte[] review(RequestSpecification caller, String lang, String year) {
        byte[] pdf = caller.queryParam("agencies", "vn.quangnam").queryParam("agencies", "la.sekong").queryParam("year", year)
                .queryParam("lang", lang)
                .get(REVIEW)
                .then().statusCode(200)
                .contentType("application/pdf")
                .extract().asByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        return pdf;
    }

    private static void badRequest(Map<String, ?> query, String field) {
        Api.analyst("vn.quangnam").queryParams(query)
                .get(REVIEW)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(field));
    }

    private static Map<String, Object> operation(String lead, String partner, String category) {
        Map<String, Object> operation = Api.operation(lead, List.of(partner), category, List.of("VN-27", "LA-XE"), LocalDate.of(2023, 12, 1),
                LocalDate.of(2025, 1, 31));
        operation.put("workingGroups", List.of());
        return operation;
    }

    private static Map<String, Object> drug(String type, Number quantity, String unit) {
        return Map.of("drugType", type, "quantity", quantity, "unit", unit);
    }

    private static void record(String agency, UUID operation, String date, String province, String district, int cases, int suspects,
            List<Map<String, Object>> drugs, int weapons, int rounds) {
        Api.analyst(agency)
                .body(Map.of("date", date, "place", Map.of("provinceCode", province, "district", district), "drugs", drugs,
                        "casesOpened", cases, "suspectsArrested", suspects, "weapons", weapons, "rounds", rounds,
                        "note", "Bắt giữ đối tượng tại " + district))
                .post("/api/v1/operations/{id}/results", operation)
                .then().statusCode(201);
    }
}
