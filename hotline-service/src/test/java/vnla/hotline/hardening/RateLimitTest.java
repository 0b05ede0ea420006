package vnla.hotline.hardening;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vnla.hotline.TipFixtures;
import vnla.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** Past its limit a caller, and then its whole agency, gets a 429 problem+json with Retry-After; other agencies are not affected. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    /** Three tips per caller and five per agency per hour. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "suite.rate-limits.tip-intake.per-caller", "3",
                    "suite.rate-limits.tip-intake.per-agency", "5",
                    "suite.rate-limits.tip-intake.period", "PT1H");
        }
    }

    @Test
    void callerPastItsLimitGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            officer("vn.quangnam", "officer-" + i)
                    .body(TipFixtures.anonymousTip())
                    .when().post("/api/v1/tips")
                    .then().statusCode(201);
        }
        officer("vn.quangnam", "officer-0")
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(201);
        officer("vn.quangnam", "officer-0")
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(201);
        // officer-0 has made 3, the agency 5
        officer("vn.quangnam", "officer-0")
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("detail", startsWith("You have made 3"));
        officer("vn.quangnam", "officer-9")
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", startsWith("Agency vn.quangnam has made 5"));
        officer("vn.sonla", "officer-0")
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(201);
    }

    private static RequestSpecification officer(String agency, String subject) {
        return given().auth().oauth2(Tokens.forRole("duty-officer", agency, subject)).contentType(ContentType.JSON);
    }
}
