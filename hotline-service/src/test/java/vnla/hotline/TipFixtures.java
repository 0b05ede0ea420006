package vnla.hotline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vnla.testing.Tokens;

import static io.restassured.RestAssured.given;

/** Small factories for tip requests and authenticated calls, with Vietnamese and Lao text. */
public final class TipFixtures {

    public static final String VI_TEXT = "Người dân báo tin: khoảng 22 giờ có hai xe máy chở bao tải qua đường mòn gần bản biên giới, "
            + "nghi vận chuyển ma túy tổng hợp sang Việt Nam.";
    public static final String LO_TEXT = "ມີລາຍງານວ່າ ມີການຂົນສົ່ງຢາບ້າ ຜ່ານຊາຍແດນ ແຂວງສາລະວັນ";
    public static final String REPORTER_NAME = "Trần Thị Hoa";
    public static final String REPORTER_PHONE = "+84 905 111 222";

    private TipFixtures() {
    }

    public static RequestSpecification as(String role, String agency) {
        return given().auth().oauth2(Tokens.forRole(role, agency)).contentType(ContentType.JSON);
    }

    public static RequestSpecification dutyOfficer() {
        return as("duty-officer", "vn.hue");
    }

    public static RequestSpecification analyst() {
        return as("analyst", "vn.hue");
    }

    /** A Vietnamese drug-trafficking tip from an anonymous caller. */
    public static Map<String, Object> anonymousTip() {
        Map<String, Object> tip = new HashMap<>();
        tip.put("channel", "HOTLINE_CALL");
        tip.put("category", "DRUG_TRAFFICKING");
        tip.put("occurredAt", "2026-11-20T15:00:00Z");
        tip.put("location", Map.of("provinceCode", "VN-26", "district", "A Lưới", "borderPoint", "Cửa khẩu A Đớt",
                "latitude", 16.2, "longitude", 107.2));
        tip.put("description", VI_TEXT);
        tip.put("language", "vi");
        tip.put("entities", Map.of(
                "persons", List.of(Map.of("name", "Nguyễn Văn Long", "aliases", List.of("Long Lào"), "nationality", "VN")),
                "phoneNumbers", List.of("0912 345 678"),
                "vehicles", List.of(Map.of("plate", "75F1-234.56", "type", "xe máy")),
                "quantities", List.of(Map.of("item", "methamphetamine tablets", "amount", 20000, "unit", "TABLET"))));
        tip.put("reporter", Map.of("anonymous", true));
        return tip;
    }

    /** A Lao-language tip from a named reporter. */
    public static Map<String, Object> identifiedTip() {
        Map<String, Object> tip = anonymousTip();
        tip.put("description", LO_TEXT + " " + UUID.randomUUID());
        tip.put("language", "lo");
        tip.put("category", "WANTED_FUGITIVE");
        tip.put("location", Map.of("provinceCode", "LA-SL"));
        tip.put("reporter", Map.of("anonymous", false, "name", REPORTER_NAME, "phone", REPORTER_PHONE));
        return tip;
    }

    public static Map<String, Object> triage(String priority, String tlp, String releasability, List<String> partners) {
        return Map.of(
                "grading", Map.of("sourceReliability", "B", "informationCredibility", 2),
                "priority", priority,
                "handlingCode", Map.of("tlp", tlp, "releasability", releasability),
                "crossBorder", !partners.isEmpty(),
                "partnerAgencies", partners);
    }

    /** A custodian (or admin) of an agency with a subject of its own, to tell two persons of one agency apart. */
    public static RequestSpecification person(String role, String agency, String subject) {
        return given().auth().oauth2(Tokens.forRole(role, agency, subject)).contentType(ContentType.JSON);
    }

    /** A custodian's request to read a tip's reporter; returns the request's id. */
    public static String requestDisclosure(RequestSpecification custodian, String tipId) {
        return custodian.body(Map.of("reason", "Cần liên hệ lại người báo tin để xác minh tuyến vận chuyển"))
                .when().post("/api/v1/tips/" + tipId + "/reporter-disclosure-requests")
                .then().statusCode(201).extract().path("id");
    }

    /** A second person's decision on a disclosure request. */
    public static io.restassured.response.ValidatableResponse decide(RequestSpecification decider, String tipId, String requestId,
            boolean approve) {
        return decider.body(Map.of("approve", approve, "reason", approve ? "Đồng ý: phục vụ xác minh chuyên án"
                        : "Không đủ căn cứ để tiết lộ danh tính người báo tin"))
                .when().post("/api/v1/tips/" + tipId + "/reporter-disclosure-requests/" + requestId + "/decision")
                .then();
    }

    /** Records a tip and returns its id. */
    public static String recordTip(Map<String, Object> tip) {
        return dutyOfficer().body(tip).when().post("/api/v1/tips").then().statusCode(201).extract().path("id");
    }
}
