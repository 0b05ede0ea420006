package vnla.hotline.hardening;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.hotline.TipFixtures;
import vnla.hotline.tip.Tip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Oversize and over-deep bodies are refused as problem+json before anything is stored; health and metrics are not on the API port. */
@QuarkusTest
class RequestLimitsTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementHealth;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void twoMegabyteBodyIsA413Problem() {
        long before = tips();
        String description = "ma túy đá ".repeat(2 * 1024 * 1024 / 10);
        String body = "{\"channel\":\"HOTLINE_CALL\",\"description\":\"" + description + "\"}";
        TipFixtures.dutyOfficer()
                .body(body)
                .when().post("/api/v1/tips")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"));
        assertEquals(before, tips(), "nothing stored");
    }

    @Test
    void twoMegabyteChunkedBodyIsA413ProblemToo() {
        long before = tips();
        byte[] body = ("{\"channel\":\"HOTLINE_CALL\",\"description\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TipFixtures.dutyOfficer()
                .body(new java.io.ByteArrayInputStream(body))
                .when().post("/api/v1/tips")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413));
        assertEquals(before, tips(), "nothing stored");
    }

    @Test
    void tipUnderTheLimitIsStillRecorded() {
        TipFixtures.dutyOfficer()
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(201);
    }

    @Test
    void hundredLevelsDeepBodyIsA400Problem() {
        long before = tips();
        String body = "{\"entities\":" + "[".repeat(100) + "]".repeat(100) + "}";
        TipFixtures.dutyOfficer()
                .body(body)
                .when().post("/api/v1/tips")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
        assertEquals(before, tips(), "nothing stored");
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        given()
                .when().get(managementHealth)
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given()
                .when().get(managementMetrics)
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given()
                .when().get("/q/health/ready")
                .then().statusCode(404);
        given()
                .accept(ContentType.TEXT)
                .when().get("/q/metrics")
                .then().statusCode(404);
    }

    private static long tips() {
        return QuarkusTransaction.requiringNew().call(() -> Tip.count());
    }
}
