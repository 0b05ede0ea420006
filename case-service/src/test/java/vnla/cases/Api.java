package vnla.cases;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vnla.testing.Tokens;

/** Small request factories for the tests: tokens, operations and agreements. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role, String agency) {
        return given().auth().oauth2(Tokens.forRole(role, agency)).contentType(ContentType.JSON);
    }

    public static RequestSpecification analyst(String agency) {
        return as("analyst", agency);
    }

    /** A unique code name, in Vietnamese. */
    public static String codeName() {
        return "Chuyên án Đường mòn " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> operation(String lead, List<String> partners, String category, List<String> provinces,
            LocalDate from, LocalDate to) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", from.toString());
        if (to != null) {
            period.put("to", to.toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codeName", codeName());
        body.put("leadAgency", lead);
        body.put("partnerAgencies", new ArrayList<>(partners));
        body.put("category", category);
        body.put("area", Map.of("provinceCodes", provinces, "districts", List.of("A Lưới"), "borderPoints", List.of("Cửa khẩu A Đớt – Tà Vàng")));
        body.put("period", period);
        // the Huế working group stationed in Salavan, where both are parties (a working group must belong to a party)
        List<String> parties = new ArrayList<>(partners);
        parties.add(lead);
        body.put("workingGroups", parties.containsAll(List.of("vn.hue", "la.salavan")) ? List.of(hueWorkingGroupInSalavan()) : List.of());
        body.put("description", "Phối hợp đấu tranh với đường dây ma túy qua biên giới. ຮ່ວມມືປາບປາມຢາເສບຕິດ");
        return body;
    }

    /** The 13 officers of Huế stationed in Salavan from 2025-11-29 to 2025-12-29. */
    public static Map<String, Object> hueWorkingGroupInSalavan() {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", "Tổ công tác thường trực Công an TP Huế tại Salavan");
        group.put("agency", "vn.hue");
        group.put("hostProvinceCode", "LA-SL");
        group.put("officers", 13);
        group.put("from", "2025-11-29");
        group.put("to", "2025-12-29");
        return group;
    }

    /** Huế with Salavan, drug trafficking in Huế and Salavan, around now. */
    public static Map<String, Object> hueSalavan() {
        return operation("vn.hue", List.of("la.salavan"), "DRUG_TRAFFICKING", List.of("VN-26", "LA-SL"),
                LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3));
    }

    /** Opens the operation as an analyst of the lead {@code agency}, has every invited partner accept, and returns its id. */
    public static UUID open(String agency, Map<String, Object> operation) {
        UUID id = openInviting(agency, operation);
        @SuppressWarnings("unchecked")
        List<String> partners = (List<String>) operation.get("partnerAgencies");
        partners.forEach(partner -> accept(partner, id));
        return id;
    }

    /** Opens the operation as an analyst of the lead {@code agency}; its partners are invited only. */
    public static UUID openInviting(String agency, Map<String, Object> operation) {
        return UUID.fromString(analyst(agency).body(operation).post("/api/v1/operations").then().statusCode(201).extract().path("id"));
    }

    /** The id of {@code agency}'s invitation to the operation. */
    public static String invitation(String agency, UUID operation) {
        return analyst(agency).queryParam("size", 100).get("/api/v1/invitations").then().statusCode(200)
                .extract().path("items.find { it.operationId == '" + operation + "' }.id");
    }

    /** An analyst of {@code agency} accepts its invitation to the operation. */
    public static void accept(String agency, UUID operation) {
        analyst(agency).post("/api/v1/invitations/{id}/accept", invitation(agency, operation)).then().statusCode(200);
    }

    /** An agreement proposed by an admin of {@code one}, countersigned by an admin of {@code other}; returns its id. */
    public static String agreement(String one, String other, String validFrom, String validTo) {
        String id = proposeAgreement(one, other, validFrom, validTo);
        as("admin", other).post("/api/v1/agreements/{id}/countersignature", id).then().statusCode(200);
        return id;
    }

    /**
     * No agreement between {@code one} and {@code other} is in force after this: each one an earlier test left is
     * terminated (agreements are shared by the module's tests, so a test that needs a pair without one says so).
     */
    public static void noAgreement(String one, String other) {
        List<Map<String, Object>> items = as("admin", one).queryParam("agency", other).queryParam("size", 100)
                .get("/api/v1/agreements").then().statusCode(200).extract().path("items");
        items.stream().filter(a -> !"TERMINATED".equals(a.get("status")) && ((List<?>) a.get("agencies")).contains(other))
                .forEach(a -> as("admin", one).body(Map.of("reason", "Kết thúc trước khi kiểm thử"))
                        .post("/api/v1/agreements/{id}/termination", a.get("id")).then().statusCode(200));
    }

    /** An agreement proposed by an admin of {@code one}, not yet countersigned; returns its id. */
    public static String proposeAgreement(String one, String other, String validFrom, String validTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agencies", List.of(one, other));
        body.put("title", "Biên bản ghi nhớ hợp tác phòng, chống tội phạm ma túy");
        body.put("validFrom", validFrom);
        if (validTo != null) {
            body.put("validTo", validTo);
        }
        return as("admin", one).body(body).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
    }

    public static UUID link(String agency, UUID operationId, UUID tipId) {
        analyst(agency).body(Map.of("tipId", tipId.toString(), "note", "Cùng số điện thoại")).post("/api/v1/operations/{id}/links", operationId)
                .then().statusCode(201);
        return tipId;
    }

    /** One figure of {@code GET /api/v1/statistics} as {@code agency} reads it with {@code partner}, 1 January to {@code today}. */
    public static long statistic(String figure, String agency, String partner, LocalDate today) {
        return analyst(agency).queryParam("agency", agency).queryParam("partner", partner)
                .queryParam("from", today.withDayOfYear(1).toString()).queryParam("to", today.toString())
                .get("/api/v1/statistics")
                .then().statusCode(200)
                .extract().<Integer>path(figure).longValue();
    }

    /** The Vietnamese yearly review of the two agencies, as {@code agency}'s analyst gets it, line by line. */
    public static List<String> reviewLines(String agency, String partner, int year) throws java.io.IOException {
        return pdfLines(analyst(agency).queryParam("agencies", agency).queryParam("agencies", partner)
                .queryParam("year", year).queryParam("lang", "vi")
                .get("/api/v1/statistics/review")
                .then().statusCode(200)
                .extract().asByteArray());
    }

    /** A PDF's text as PDFBox extracts it, line by line. */
    public static List<String> pdfLines(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).lines().toList();
        }
    }
}
