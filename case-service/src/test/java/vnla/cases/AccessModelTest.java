package vnla.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.TipReceived;
import vnla.common.event.Vocabulary.Priority;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;
import vnla.common.openapi.SuiteOpenApiFilter;
import vnla.common.event.Topics;
import vnla.testing.AccessModel;
import vnla.testing.AdminFixtures;
import vnla.testing.Tokens;

/**
 * The access model of src/test/resources/access-model.md holds: every operation of the live OpenAPI document has a row,
 * every row names an operation, the administration operations (under /api/v1/admin/) are for admin alone and they
 * alone use the document's admin scheme, each row's status is what each kind of caller gets, and every role not named
 * is refused.
 */
@QuarkusTest
class AccessModelTest {

    static final Map<String, String> CALLERS = Map.of("own", "vn.hue", "partner", "la.salavan", "partner, no agreement", "la.savannakhet",
            "stranger", "la.sekong", "ministry", "vn.mps");

    @Inject
    TipFeed feed;

    private final AccessModel model = AccessModel.load("access-model.md");
    private final List<TipReceived> pool = new ArrayList<>();
    private String agreement;
    private UUID operation;
    private TipReceived tip;
    private String victim;
    private String disclosureRequest;
    private String verification;
    private String wanted;
    private String handover;

    @Test
    void everyOperationOfTheLiveDocumentHasARowAndEveryRowAnOperation() {
        assertEquals(List.of(), model.uncovered(AccessModel.operations(AccessModel.liveDocument())));
    }

    @Test
    void administrationOperationsAreForAdminAloneAndTheyAloneUseTheAdminScheme() {
        assertEquals(List.of(), model.adminSchemeMismatches(AccessModel.liveDocument(), SuiteOpenApiFilter.ADMIN_PATH,
                SuiteOpenApiFilter.ADMIN_SCHEME));
    }

    @Test
    void everyCallerGetsTheStatusOfItsRowAndUnnamedRolesAreRefused() {
        fixture();
        assertEquals(List.of(), model.mismatches(CALLERS, "own", this::prepare));
    }

    /** The shared objects: an agreement Huế–Salavan, an operation Huế leads with both partners accepted, a tip linked to it. */
    private void fixture() {
        Api.noAgreement("vn.hue", "la.savannakhet");
        agreement = Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        operation = freshOperation();
        tip = releasedTip();
        Api.link("vn.hue", operation, tip.tipId());
        victim = victimReferral();
        disclosureRequest = disclosureRequest(victim, "custodian@vn.hue");
        verification = verificationRequest();
        Api.agreement("vn.hue", "la.champasak", "2025-11-20", null);
        wanted = sharedWantedPerson();
        handover = handoverBySalavan(wanted);
        for (int i = 0; i < 20; i++) {
            pool.add(releasedTip());
        }
    }

    /** A Huế tip triaged FLASH cross-border for Salavan: released to Salavan, not to Savannakhet (no agreement). */
    private TipReceived releasedTip() {
        TipReceived received = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 " + (100 + (int) (Math.random() * 899)) + " 777")));
        feed.triaged(received, TipFeed.triage(received, Priority.FLASH, Tlp.AMBER, Releasability.REGIONAL, true, List.of("la.salavan")));
        return received;
    }

    /** A victim referred by Huế to Salavan; its identity is sealed. */
    private static Map<String, Object> victimBody() {
        return Map.of("referringAgency", "vn.hue", "receivingAgency", "la.salavan", "identity", Map.of("fullName", "Trần Thị Mai",
                "nationality", "VN"), "needs", List.of("SHELTER"), "note", "ພົບຢູ່ດ່ານຊາຍແດນ");
    }

    private static String victimReferral() {
        return Api.analyst("vn.hue").body(victimBody()).post("/api/v1/victims").then().statusCode(201).extract().path("id");
    }

    /** A request of a custodian of Huế to read the victim's identity, PENDING. */
    private static String disclosureRequest(String victim, String custodian) {
        return given().auth().oauth2(Tokens.forRole("custodian", "vn.hue", custodian)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Xác minh nhân thân để trao trả")).post("/api/v1/victims/{id}/identity-disclosure-requests", victim)
                .then().statusCode(201).extract().path("id");
    }

    /** A request for verification from Huế to Salavan, SENT. */
    private static Map<String, Object> verificationBody() {
        return Map.of("requestingAgency", "vn.hue", "requestedAgency", "la.salavan", "subject", Map.of("kind", "PHONE",
                "value", "+856 20 5555 1234"), "question", "Đề nghị xác minh chủ thuê bao", "priority", "ROUTINE",
                "deadline", Instant.now().plus(Duration.ofDays(7)).toString(), "handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
    }

    private static String verificationRequest() {
        return Api.analyst("vn.hue").body(verificationBody()).post("/api/v1/requests").then().statusCode(201).extract().path("id");
    }

    /** A wanted person recorded by Huế and shared with Salavan. */
    private static String sharedWantedPerson() {
        String id = Api.analyst("vn.hue").body(Map.of("issuingAgency", "vn.hue", "fullName", "Hồ Văn Thắng", "warrantReference",
                "Quyết định truy nã số 15/QĐ-CSĐT", "offenceCategory", "DRUG_TRAFFICKING", "handlingCode",
                Map.of("tlp", "AMBER", "releasability", "BILATERAL"))).post("/api/v1/wanted-persons").then().statusCode(201).extract().path("id");
        Api.analyst("vn.hue").body(Map.of("agency", "la.salavan")).post("/api/v1/wanted-persons/{id}/shares", id).then().statusCode(201);
        return id;
    }

    private static Map<String, Object> handoverBody() {
        return Map.of("handingAgency", "la.salavan", "borderGate", "Cửa khẩu A Đớt – Tà Vàng", "date", LocalDate.now().toString(),
                "handingOfficers", List.of(Map.of("name", "Khamphone Sisavath", "rank", "ພັນຕີ")),
                "receivingOfficers", List.of(Map.of("name", "Nguyễn Văn Hùng", "rank", "Thiếu tá")));
    }

    /** A handover of the wanted person proposed by Salavan, PROPOSED. */
    private static String handoverBySalavan(String wanted) {
        return Api.analyst("la.salavan").body(handoverBody()).post("/api/v1/wanted-persons/{id}/handovers", wanted)
                .then().statusCode(201).extract().path("id");
    }

    private static UUID freshOperation() {
        return Api.open("vn.hue", Api.operation("vn.hue", List.of("la.salavan", "la.savannakhet"), "DRUG_TRAFFICKING",
                List.of("VN-26", "LA-SL", "LA-SV"), LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3)));
    }

    /** The request for the operation as a caller of {@code agency}, on fresh objects for mutations when {@code fresh}. */
    private AccessModel.Request prepare(String operation, String role, String agency, boolean fresh) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        Map<String, String> params = new LinkedHashMap<>();
        Object body = fresh ? body(operation, params) : Map.of();
        if (!fresh) {
            params.putAll(shared(path));
        }
        AccessModel.Request request = new AccessModel.Request().body(body);
        params.forEach(request::path);
        if (path.equals("/api/v1/statistics")) {
            request.query("agency", "vn.hue").query("from", "2025-01-01").query("to", "2025-12-31");
        }
        if (path.equals("/api/v1/statistics/review")) {
            request.query("agencies", List.of("vn.hue", "la.salavan")).query("year", 2025).query("lang", "vi");
        }
        if (operation.equals("POST /api/v1/victims/{id}/status")) {
            request.header("If-Match", Api.analyst("vn.hue").get("/api/v1/victims/{id}", params.get("id")).header("ETag"));
        }
        if (operation.startsWith("POST /api/v1/requests/{id}/")) {
            request.header("If-Match", Api.analyst("vn.hue").get("/api/v1/requests/{id}", params.get("id")).header("ETag"));
        }
        if (operation.equals("POST /api/v1/wanted-persons/{id}/handovers/{handoverId}/status")) {
            request.header("If-Match", Api.analyst("vn.hue").get("/api/v1/wanted-persons/{id}/handovers/{hid}", params.get("id"),
                    params.get("handoverId")).header("ETag"));
        }
        if (operation.equals("POST /api/v1/operations/{id}/status")) {
            request.header("If-Match", Api.analyst("vn.hue").get("/api/v1/operations/{id}", params.get("id")).header("ETag"));
        }
        return request;
    }

    /** The body of a mutation, and its path parameters on objects made for this one call. */
    private Object body(String operation, Map<String, String> params) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        params.putAll(shared(path));
        Function<String, Map<String, Object>> reason = text -> Map.of("reason", text);
        switch (operation) {
            case "POST /api/v1/agreements":
                return Map.of("agencies", List.of("vn.hue", "la.salavan"), "validFrom", "2025-11-20", "title", "Quy chế phối hợp");
            case "POST /api/v1/agreements/{id}/countersignature":
                params.put("id", Api.proposeAgreement("vn.hue", "la.salavan", "2025-11-20", null));
                return Map.of();
            case "POST /api/v1/agreements/{id}/suspension", "POST /api/v1/agreements/{id}/termination":
                params.put("id", Api.agreement("vn.hue", "la.salavan", "2025-11-20", null));
                return reason.apply("Tạm dừng để rà soát");
            case "POST /api/v1/agreements/{id}/resumption": {
                String id = Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
                Api.as("admin", "vn.hue").body(reason.apply("Rà soát")).post("/api/v1/agreements/{id}/suspension", id).then().statusCode(200);
                params.put("id", id);
                return reason.apply("Tiếp tục hợp tác");
            }
            case "POST /api/v1/operations":
                return Api.operation("vn.hue", List.of("la.salavan"), "DRUG_TRAFFICKING", List.of("VN-26", "LA-SL"), LocalDate.now(), null);
            case "POST /api/v1/operations/{id}/status":
                params.put("id", freshOperation().toString());
                return Map.of("status", "ACTIVE");
            case "POST /api/v1/operations/{id}/invitations":
                params.put("id", freshOperation().toString());
                return Map.of("agency", "la.luangprabang");
            case "DELETE /api/v1/operations/{id}/partners/{agency}":
                params.put("id", freshOperation().toString());
                return Map.of();
            case "POST /api/v1/invitations/{id}/accept", "POST /api/v1/invitations/{id}/decline": {
                UUID invited = Api.openInviting("vn.hue", Api.hueSalavan());
                params.put("id", Api.invitation("la.salavan", invited));
                return reason.apply("ບໍ່ຢູ່ໃນຂອບເຂດ");
            }
            case "POST /api/v1/operations/{id}/links":
                params.put("id", freshOperation().toString());
                return Map.of("tipId", pool.remove(0).tipId().toString());
            case "DELETE /api/v1/operations/{id}/links/{tipId}": {
                UUID fresh = freshOperation();
                params.put("id", fresh.toString());
                params.put("tipId", Api.link("vn.hue", fresh, pool.remove(0).tipId()).toString());
                return Map.of();
            }
            case "POST /api/v1/operations/{id}/suggestions/{tipId}/accept", "POST /api/v1/operations/{id}/suggestions/{tipId}/reject":
                params.put("id", freshOperation().toString());
                params.put("tipId", pool.remove(0).tipId().toString());
                return Map.of("note", "Cùng số điện thoại");
            case "POST /api/v1/operations/{id}/results":
                params.put("id", freshOperation().toString());
                return Map.of("date", "2025-12-01", "place", Map.of("provinceCode", "LA-SL", "district", "Lao Ngam"), "casesOpened", 1,
                        "suspectsArrested", 2, "weapons", 0, "rounds", 0, "drugs",
                        List.of(Map.of("drugType", "METHAMPHETAMINE_TABLETS", "quantity", 3000, "unit", "TABLET")));
            case "POST /api/v1/victims":
                return victimBody();
            case "POST /api/v1/victims/{id}/status":
                params.put("id", victimReferral());
                return Map.of("status", "IDENTIFIED");
            case "POST /api/v1/victims/{id}/identity-disclosure-requests":
                return Map.of("reason", "Xác minh nhân thân để trao trả");
            case "POST /api/v1/victims/{id}/identity-disclosure-requests/{requestId}/decision":
                params.put("requestId", disclosureRequest(victim, "custodian2@vn.hue"));
                return Map.of("approve", true, "reason", "Đồng ý cho xác minh");
            case "POST /api/v1/victims/{id}/identity-disclosure-requests/{requestId}/disclosure": {
                String request = disclosureRequest(victim, "custodian@vn.hue");
                Api.as("admin", "vn.hue").body(Map.of("approve", true, "reason", "Đồng ý cho xác minh"))
                        .post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/decision", victim, request).then().statusCode(200);
                params.put("requestId", request);
                return Map.of();
            }
            case "POST /api/v1/requests":
                return verificationBody();
            case "POST /api/v1/requests/{id}/acceptance":
                params.put("id", verificationRequest());
                return Map.of();
            case "POST /api/v1/requests/{id}/clarification-requests":
                params.put("id", verificationRequest());
                return Map.of("message", "ຂໍໃຫ້ລະບຸເລກບັດປະຈຳຕົວ");
            case "POST /api/v1/requests/{id}/clarifications": {
                String id = verificationRequest();
                Api.analyst("la.salavan").header("If-Match", Api.analyst("vn.hue").get("/api/v1/requests/{id}", id).header("ETag"))
                        .body(Map.of("message", "ຂໍໃຫ້ລະບຸເລກບັດປະຈຳຕົວ")).post("/api/v1/requests/{id}/clarification-requests", id)
                        .then().statusCode(200);
                params.put("id", id);
                return Map.of("message", "Số CCCD 046088001234");
            }
            case "POST /api/v1/requests/{id}/answer":
                params.put("id", verificationRequest());
                return Map.of("result", "CONFIRMED", "findings", "ບຸກຄົນດັ່ງກ່າວ ອາໄສຢູ່ບ້ານລະຄອນເພັງ");
            case "POST /api/v1/wanted-persons":
                return Map.of("issuingAgency", "vn.hue", "fullName", "Hồ Văn Thắng", "warrantReference", "Quyết định truy nã số 15/QĐ-CSĐT",
                        "offenceCategory", "DRUG_TRAFFICKING", "handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
            case "POST /api/v1/wanted-persons/{id}/shares":
                params.put("id", sharedWantedPerson());
                return Map.of("agency", "la.champasak");
            case "POST /api/v1/wanted-persons/{id}/sightings":
                return Map.of("tipId", tip.tipId().toString(), "place", Map.of("provinceCode", "LA-SL", "district", "Lao Ngam"),
                        "seenAt", java.time.OffsetDateTime.now().minusHours(2).toString(), "note", "ມີຄົນເຫັນຜູ້ຕ້ອງຫາ", "language", "lo");
            case "POST /api/v1/wanted-persons/{id}/handovers":
                params.put("id", sharedWantedPerson());
                return handoverBody();
            case "POST /api/v1/wanted-persons/{id}/handovers/{handoverId}/status": {
                String fresh = sharedWantedPerson();
                params.put("id", fresh);
                params.put("handoverId", handoverBySalavan(fresh));
                return Map.of("status", "AGREED");
            }
            case "POST /api/v1/tips/{id}/releases":
                return Map.of("operationId", this.operation.toString());
            case "POST /api/v1/admin/dead-letters/{id}/replay":
                params.put("id", AdminFixtures.deadLetter(Topics.HOTLINE_TIPS + Topics.DEAD_LETTER_SUFFIX));
                return Map.of();
            case "POST /api/v1/admin/set-aside-events/{id}/retry":
                params.put("id", AdminFixtures.setAsideEvent(Topics.CASES_OPERATIONS).toString());
                return Map.of();
            default:
                return Map.of();
        }
    }

    /** Path parameters on the shared objects. */
    private Map<String, String> shared(String path) {
        Map<String, String> params = new LinkedHashMap<>();
        if (path.contains("{id}")) {
            params.put("id", path.startsWith("/api/v1/agreements") ? agreement
                    : path.startsWith("/api/v1/victims") ? victim
                    : path.startsWith("/api/v1/requests") ? verification
                    : path.startsWith("/api/v1/wanted-persons") ? wanted
                    : path.startsWith("/api/v1/invitations") ? Api.invitation("la.salavan", operation)
                    : path.startsWith("/api/v1/tips") ? tip.tipId().toString() : operation.toString());
        }
        if (path.contains("{tipId}")) {
            params.put("tipId", tip.tipId().toString());
        }
        if (path.contains("{handoverId}")) {
            params.put("handoverId", handover);
        }
        if (path.contains("{requestId}")) {
            params.put("requestId", disclosureRequest);
        }
        if (path.contains("{agency}")) {
            params.put("agency", "la.salavan");
        }
        return params;
    }
}
