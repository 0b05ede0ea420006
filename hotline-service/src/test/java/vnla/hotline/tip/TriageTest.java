package vnla.hotline.tip;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.hotline.TipFixtures;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vnla.hotline.TipFixtures.analyst;
import static vnla.hotline.TipFixtures.anonymousTip;
import static vnla.hotline.TipFixtures.as;
import static vnla.hotline.TipFixtures.dutyOfficer;
import static vnla.hotline.TipFixtures.triage;

@QuarkusTest
class TriageTest {

    private static final Map<String, Object> FLASH_TO_SALAVAN = triage("FLASH", "AMBER", "BILATERAL", List.of("la.salavan"));

    @Test
    void triageGradesTheTipAndMovesItToTriaged() {
        String id = TipFixtures.recordTip(anonymousTip());
        String etag = analyst().when().get("/api/v1/tips/" + id).then().extract().header("ETag");

        analyst()
                .header("If-Match", etag)
                .body(triage("FLASH", "AMBER+STRICT", "BILATERAL", List.of("la.salavan")))
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("TRIAGED"))
                .body("triage.grading.sourceReliability", equalTo("B"))
                .body("triage.grading.informationCredibility", equalTo(2))
                .body("triage.priority", equalTo("FLASH"))
                .body("triage.handlingCode.tlp", equalTo("AMBER+STRICT"))
                .body("triage.handlingCode.releasability", equalTo("BILATERAL"))
                .body("triage.crossBorder", equalTo(true))
                .body("triage.partnerAgencies", hasItem("la.salavan"))
                .body("triage.triagedBy", equalTo("analyst@vn.hue"));
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String id = TipFixtures.recordTip(anonymousTip());
        analyst().header("If-Match", "\"0\"").body(FLASH_TO_SALAVAN).when().post("/api/v1/tips/" + id + "/triage").then().statusCode(200);

        analyst()
                .header("If-Match", "\"0\"")
                .body(triage("ROUTINE", "GREEN", "REGIONAL", List.of()))
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(412)
                .contentType("application/problem+json");
        analyst().when().get("/api/v1/tips/" + id).then().body("triage.priority", equalTo("FLASH"));
    }

    @Test
    void missingIfMatchIsPreconditionRequired() {
        String id = TipFixtures.recordTip(anonymousTip());

        analyst()
                .body(FLASH_TO_SALAVAN)
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void dismissedTipCannotBeTriaged() {
        String id = TipFixtures.recordTip(anonymousTip());
        analyst().header("If-Match", "\"0\"").body(Map.of("reason", "Trùng với tin báo HUE-2026-000001"))
                .when().post("/api/v1/tips/" + id + "/dismissal")
                .then().statusCode(200)
                .body("status", equalTo("DISMISSED"))
                .body("dismissal.reason", equalTo("Trùng với tin báo HUE-2026-000001"));

        analyst()
                .header("If-Match", "\"1\"")
                .body(FLASH_TO_SALAVAN)
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnalystsTriage() {
        String id = TipFixtures.recordTip(anonymousTip());

        dutyOfficer()
                .header("If-Match", "\"0\"")
                .body(FLASH_TO_SALAVAN)
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(403);
        as("analyst", "vn.sonla")
                .header("If-Match", "\"0\"")
                .body(FLASH_TO_SALAVAN)
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(404);
    }

    @Test
    void crossBorderTriageNeedsPartnerAgencies() {
        String id = TipFixtures.recordTip(anonymousTip());
        Map<String, Object> request = new java.util.HashMap<>(triage("URGENT", "AMBER", "BILATERAL", List.of()));
        request.put("crossBorder", true);

        analyst()
                .header("If-Match", "\"0\"")
                .body(request)
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("partnerAgencies"));
        analyst().when().get("/api/v1/tips/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void rejectsCredibilityOutOfRange() {
        String id = TipFixtures.recordTip(anonymousTip());
        Map<String, Object> request = new java.util.HashMap<>(FLASH_TO_SALAVAN);
        request.put("grading", Map.of("sourceReliability", "G", "informationCredibility", 7));

        analyst()
                .header("If-Match", "\"0\"")
                .body(request)
                .when().post("/api/v1/tips/" + id + "/triage")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("grading.sourceReliability"));
    }
}
