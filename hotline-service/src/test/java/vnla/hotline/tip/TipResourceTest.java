package vnla.hotline.tip;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.idempotency.Idempotency;
import vnla.hotline.TipFixtures;
import vnla.testing.TestClock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vnla.hotline.TipFixtures.analyst;
import static vnla.hotline.TipFixtures.anonymousTip;
import static vnla.hotline.TipFixtures.as;
import static vnla.hotline.TipFixtures.dutyOfficer;
import static vnla.hotline.TipFixtures.identifiedTip;

@QuarkusTest
class TipResourceTest {

    @Inject
    TestClock clock;

    @Inject
    Idempotency idempotency;

    @Test
    void recordsTipWithReferenceLocationAndReceiptCode() {
        String id = dutyOfficer()
                .body(anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tips/[0-9a-f-]{36}"))
                .body("reference", matchesPattern("HUE-\\d{4}-\\d{6}"))
                .body("status", equalTo("RECEIVED"))
                .body("receivingAgency", equalTo("vn.hue"))
                .body("receiptCode", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("anonymousReporter", equalTo(true))
                .extract().path("id");

        dutyOfficer()
                .when().get("/api/v1/tips/" + id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("receiptCode", nullValue())
                .body("entities.persons[0].name", equalTo("Nguyễn Văn Long"));
    }

    @Test
    void returnsVietnameseAndLaoTextByteExact() {
        Map<String, Object> tip = identifiedTip();
        String id = TipFixtures.recordTip(tip);

        String body = dutyOfficer().when().get("/api/v1/tips/" + id).then().statusCode(200).extract().asString();
        String description = io.restassured.path.json.JsonPath.from(body).getString("description");
        assertEquals(tip.get("description"), description);
        assertEquals(new String(((String) tip.get("description")).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8), description);
        dutyOfficer().when().get("/api/v1/tips/" + id).then().body("location.district", nullValue());
        String viId = TipFixtures.recordTip(anonymousTip());
        dutyOfficer().when().get("/api/v1/tips/" + viId)
                .then().body("description", equalTo(TipFixtures.VI_TEXT))
                .body("location.district", equalTo("A Lưới"))
                .body("entities.persons[0].aliases[0]", equalTo("Long Lào"));
    }

    @Test
    void identifiedReporterGetsNoReceiptCode() {
        dutyOfficer()
                .body(identifiedTip())
                .when().post("/api/v1/tips")
                .then().statusCode(201)
                .body("receiptCode", nullValue())
                .body("anonymousReporter", equalTo(false));
    }

    @Test
    void rejectsTipWithoutCategoryAndChangesNothing() {
        long before = TipCount.of("vn.hue");
        Map<String, Object> tip = anonymousTip();
        tip.remove("category");

        dutyOfficer()
                .body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("category"))
                .body("detail", not(containsString("Exception")));

        assertEquals(before, TipCount.of("vn.hue"));
    }

    @Test
    void rejectsUnknownChannelNamingTheField() {
        Map<String, Object> tip = anonymousTip();
        tip.put("channel", "CARRIER_PIGEON");

        dutyOfficer()
                .body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel"))
                .body("violations[0].message", containsString("HOTLINE_CALL"));
    }

    @Test
    void rejectsMalformedJsonAsProblem() {
        dutyOfficer()
                .body("{\"channel\": ")
                .when().post("/api/v1/tips")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void rejectsBadNestedFieldsWithTheirPaths() {
        Map<String, Object> tip = anonymousTip();
        tip.put("location", Map.of("provinceCode", "Huế", "latitude", 123.0));
        tip.put("entities", Map.of("persons", java.util.List.of(Map.of("name", ""))));

        dutyOfficer()
                .body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(400)
                .body("violations.field", hasItem("location.provinceCode"))
                .body("violations.field", hasItem("location.latitude"))
                .body("violations.field", hasItem("entities.persons[0].name"));
    }

    @Test
    void identifiedReporterNeedsAName() {
        Map<String, Object> tip = anonymousTip();
        tip.put("reporter", Map.of("anonymous", false, "phone", "0905111222"));

        dutyOfficer()
                .body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("reporter.name"));
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnsTheFirstTip() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> tip = anonymousTip();
        long before = TipCount.of("vn.hue");

        String first = dutyOfficer().header("Idempotency-Key", key).body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(201).extract().path("id");
        dutyOfficer().header("Idempotency-Key", key).body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/tips/" + first))
                .body("id", equalTo(first));

        assertEquals(before + 1, TipCount.of("vn.hue"));
    }

    @Test
    void anIdempotencyKeyIsForgottenAfterADayAndThenRecordsANewTip() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> tip = anonymousTip();
        String first = dutyOfficer().header("Idempotency-Key", key).body(tip)
                .when().post("/api/v1/tips")
                .then().statusCode(201).extract().path("id");
        try {
            idempotency.forgetOldKeys();
            dutyOfficer().header("Idempotency-Key", key).body(tip).when().post("/api/v1/tips")
                    .then().statusCode(201).body("id", equalTo(first));

            clock.advance(Duration.ofHours(24).plusMinutes(1));
            idempotency.forgetOldKeys();
            String second = dutyOfficer().header("Idempotency-Key", key).body(tip)
                    .when().post("/api/v1/tips")
                    .then().statusCode(201).extract().path("id");
            assertNotEquals(first, second, "a day later the key is forgotten: the same request is a new tip");
        } finally {
            clock.reset();
        }
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        dutyOfficer().header("Idempotency-Key", key).body(anonymousTip()).when().post("/api/v1/tips").then().statusCode(201);

        dutyOfficer().header("Idempotency-Key", key).body(identifiedTip())
                .when().post("/api/v1/tips")
                .then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void anotherAgencyCannotSeeTheTip() {
        String id = TipFixtures.recordTip(anonymousTip());

        as("duty-officer", "vn.sonla")
                .when().get("/api/v1/tips/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        as("duty-officer", "vn.sonla")
                .when().get("/api/v1/tips?size=100")
                .then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void listsOwnTipsFilteredAndPaginated() {
        String drugs = TipFixtures.recordTip(anonymousTip());
        String fugitive = TipFixtures.recordTip(identifiedTip());

        dutyOfficer()
                .queryParam("category", "WANTED_FUGITIVE").queryParam("province", "LA-SL").queryParam("size", 100)
                .when().get("/api/v1/tips")
                .then().statusCode(200)
                .body("items.id", hasItem(fugitive))
                .body("items.id", not(hasItem(drugs)))
                .body("items.category", everyItem(equalTo("WANTED_FUGITIVE")))
                .body("size", equalTo(100));
        dutyOfficer()
                .queryParam("size", 1)
                .when().get("/api/v1/tips")
                .then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void rejectsOversizedPage() {
        dutyOfficer()
                .queryParam("size", 1000)
                .when().get("/api/v1/tips")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void rejectsCallsWithoutToken() {
        given().contentType(ContentType.JSON)
                .when().get("/api/v1/tips")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsCustodianRecordingTip() {
        as("custodian", "vn.hue")
                .body(anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void findsTipByReceiptCodeReadOutOnThePhone() {
        var created = dutyOfficer().body(anonymousTip()).when().post("/api/v1/tips").then().statusCode(201).extract();
        String code = created.path("receiptCode");

        analyst()
                .body(Map.of("receiptCode", code.toLowerCase().replace("-", " ")))
                .when().post("/api/v1/tips/receipt-lookups")
                .then().statusCode(200)
                .body("id", equalTo(created.path("id")));
        as("duty-officer", "vn.sonla")
                .body(Map.of("receiptCode", code))
                .when().post("/api/v1/tips/receipt-lookups")
                .then().statusCode(404);
    }
}
