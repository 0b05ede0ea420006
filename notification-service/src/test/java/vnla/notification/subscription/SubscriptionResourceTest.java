package vnla.notification.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.notification.Fixtures;
import vnla.testing.Tokens;

@QuarkusTest
class SubscriptionResourceTest {

    private static final String QUANGNAM = "vn.quangnam";

    @Test
    void webhookSubscriptionShowsItsGeneratedSecretOnlyOnce() {
        var created = given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", "https://hotline.quangnam.example/alerts",
                        "filters", Map.of("categories", List.of("DRUG_TRAFFICKING", "WANTED_FUGITIVE"), "areas", List.of("LA-XE"))))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/subscriptions/[0-9a-f-]{36}"))
                .body("channel", equalTo("WEBHOOK"))
                .body("status", equalTo("ACTIVE"))
                .body("agencyId", equalTo(QUANGNAM))
                .body("filters.categories", contains("DRUG_TRAFFICKING", "WANTED_FUGITIVE"))
                .body("filters.areas", contains("LA-XE"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]+=*"))
                .extract();
        String secret = created.path("secret");
        String id = created.path("id");
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);

        given().auth().oauth2(Fixtures.liaison(QUANGNAM))
                .when().get("/api/v1/subscriptions/" + id)
                .then().statusCode(200)
                .body("secret", nullValue())
                .body("url", equalTo("https://hotline.quangnam.example/alerts"));
        given().auth().oauth2(Fixtures.admin(QUANGNAM))
                .when().get("/api/v1/subscriptions")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.secret", everyItem(nullValue()));
        String rotated = given().auth().oauth2(Fixtures.admin(QUANGNAM))
                .when().post("/api/v1/subscriptions/" + id + "/secret-rotations")
                .then().statusCode(200)
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]+=*"))
                .body("secretRotatedAt", not(nullValue()))
                .extract().path("secret");
        assertNotEquals(secret, rotated);
        Fixtures.unsubscribe(QUANGNAM, id);
    }

    @Test
    void kafkaSubscriptionTakesNoUrlAndShowsItsPasswordOnce() {
        given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA", "url", "https://hotline.quangnam.example/alerts"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("url"));
        String id = given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .body("topic", equalTo("alerts.partner.vn.quangnam.v1"))
                .body("secret", nullValue())
                .body("status", equalTo("PROVISIONING"))
                .body("kafkaUsername", matchesPattern("partner-vn\\.quangnam-[0-9a-f-]{36}"))
                .body("kafkaPassword", matchesPattern("[A-Za-z0-9_-]{43}"))
                .extract().path("id");
        given().auth().oauth2(Fixtures.liaison(QUANGNAM))
                .when().get("/api/v1/subscriptions/" + id)
                .then().statusCode(200)
                .body("kafkaUsername", matchesPattern("partner-vn\\.quangnam-.*"))
                .body("kafkaPassword", nullValue());
        Fixtures.unsubscribe(QUANGNAM, id);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        long before = total(QUANGNAM);

        rejected(Map.of("url", "https://hotline.quangnam.example/alerts"), "channel");
        rejected(Map.of("channel", "WEBHOOK"), "url");
        rejected(Map.of("channel", "WEBHOOK", "url", "ftp://hotline.quangnam.example/alerts"), "url");
        rejected(Map.of("channel", "WEBHOOK", "url", "not a url at all"), "url");
        rejected(Map.of("channel", "PIGEON", "url", "https://hotline.quangnam.example/alerts"), "channel");
        rejected(Map.of("channel", "WEBHOOK", "url", "https://hotline.quangnam.example/alerts",
                "filters", Map.of("areas", List.of("Salavan"))), "filters.areas[0]");
        rejected(Map.of("channel", "WEBHOOK", "url", "https://hotline.quangnam.example/alerts",
                "filters", Map.of("categories", List.of("JAYWALKING"))), "filters.categories[0]");
        given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON)
                .body("{\"channel\": ")
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json");

        assertEquals(before, total(QUANGNAM));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("channel", "WEBHOOK", "url", "https://hotline.quangnam.example/idempotent");
        String first = given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .body("id", equalTo(first));
        given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(422);
        Fixtures.unsubscribe(QUANGNAM, first);
    }

    @Test
    void salavanCannotSeeOrTouchSekongsSubscription() {
        String sekongs = given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", "https://hotline.sekong.example/alerts"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
        String salavan = Fixtures.liaison(Fixtures.SALAVAN);

        given().auth().oauth2(salavan)
                .when().get("/api/v1/subscriptions/" + sekongs)
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(salavan)
                .when().delete("/api/v1/subscriptions/" + sekongs)
                .then().statusCode(404);
        given().auth().oauth2(salavan)
                .when().post("/api/v1/subscriptions/" + sekongs + "/secret-rotations")
                .then().statusCode(404);
        given().auth().oauth2(salavan)
                .when().get("/api/v1/subscriptions")
                .then().statusCode(200)
                .body("items.id", not(hasItem(sekongs)));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().get("/api/v1/subscriptions/" + sekongs)
                .then().statusCode(200);
        Fixtures.unsubscribe(Fixtures.SEKONG, sekongs);
        given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().get("/api/v1/subscriptions/" + sekongs)
                .then().statusCode(404);
    }

    @Test
    void subscriptionsNeedATokenAndAPartnerRole() {
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("analyst", "vn.hue")).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(403);
    }

    private static void rejected(Map<String, Object> body, String field) {
        given().auth().oauth2(Fixtures.liaison(QUANGNAM)).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static long total(String agency) {
        return given().auth().oauth2(Fixtures.liaison(agency))
                .when().get("/api/v1/subscriptions")
                .then().statusCode(200)
                .extract().<Integer>path("totalItems");
    }
}
