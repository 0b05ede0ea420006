package vnla.cases.verification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.testing.Database;

/**
 * A request to arrest is a request for verification of kind ARREST naming a wanted person both sides hold: Huế asks
 * Salavan to arrest a fugitive of its own warrant once it shared the record with Salavan; without the record, with one
 * Salavan does not see, or with a record on another kind, 400 naming subject.wantedPersonId and nothing stored.
 */
@QuarkusTest
class ArrestRequestTest {

    static final String HUE = "vn.hue";
    static final String SALAVAN = "la.salavan";
    static final String FUGITIVE = "Lê Thị Thuỷ, sinh năm 1990, bí danh ນາງ ທຸຍ";
    static final String ARREST = "Đề nghị bắt giữ đối tượng truy nã và bàn giao tại cửa khẩu La Lay – Lalay.";

    private static boolean agreed;

    @BeforeEach
    void hueAndSalavanAgreed() {
        if (!agreed) {
            Api.agreement(HUE, SALAVAN, "2025-11-20", null);
            agreed = true;
        }
    }

    @Test
    void requestToArrestNamesAWantedPersonSharedWithTheRequestedAgency() {
        String wanted = Api.analyst(HUE).body(wantedPerson()).post("/api/v1/wanted-persons")
                .then().statusCode(201)
                .extract().path("id");
        long before = count("select count(*) from verification_request");

        refused(arrest(null), "subject.wantedPersonId");
        // not shared with Salavan yet: Salavan could not act on it
        refused(arrest(wanted), "subject.wantedPersonId");
        refused(subject("PERSON", wanted), "subject.wantedPersonId");
        refused(arrest("7b0e8f5e-4d1c-4c52-9b8e-3f0d1a2b3c4d"), "subject.wantedPersonId");
        assertEquals(before, count("select count(*) from verification_request"));

        Api.analyst(HUE).body(Map.of("agency", SALAVAN)).post("/api/v1/wanted-persons/{id}/shares", wanted)
                .then().statusCode(201);
        String id = Api.analyst(HUE).body(arrest(wanted)).post("/api/v1/requests")
                .then().statusCode(201)
                .body("subject.kind", equalTo("ARREST"))
                .body("subject.value", equalTo(FUGITIVE))
                .body("subject.wantedPersonId", equalTo(wanted))
                .body("question", equalTo(ARREST))
                .extract().path("id");

        Api.analyst(SALAVAN).get("/api/v1/requests/{id}", id)
                .then().statusCode(200)
                .body("subject.kind", equalTo("ARREST"))
                .body("subject.wantedPersonId", equalTo(wanted));
        assertEquals(1L, count("select count(*) from outbox_event where aggregate_id = '" + id + "' and payload->>'message' = 'SENT'"
                + " and payload->>'subjectKind' = 'ARREST' and payload->>'wantedPersonId' = '" + wanted + "'"
                + " and payload->>'subject' = '" + FUGITIVE + "'"));
    }

    private static Map<String, Object> arrest(String wantedPersonId) {
        return subject("ARREST", wantedPersonId);
    }

    private static Map<String, Object> subject(String kind, String wantedPersonId) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", kind);
        subject.put("value", FUGITIVE);
        subject.put("wantedPersonId", wantedPersonId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestingAgency", HUE);
        body.put("requestedAgency", SALAVAN);
        body.put("subject", subject);
        body.put("question", ARREST);
        body.put("priority", "URGENT");
        body.put("deadline", Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
        return body;
    }

    private static Map<String, Object> wantedPerson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuingAgency", HUE);
        body.put("fullName", "Lê Thị Thuỷ");
        body.put("nationality", "VN");
        body.put("warrantReference", "Quyết định truy nã số 27/QĐ-CSĐT của Cơ quan CSĐT Công an TP Huế");
        body.put("offenceCategory", "DRUG_TRAFFICKING");
        body.put("handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
        return body;
    }

    private static void refused(Map<String, Object> body, String field) {
        Api.analyst(HUE).body(body).post("/api/v1/requests")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static long count(String sql) {
        return Database.count(sql);
    }
}
