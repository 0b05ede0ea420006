package vnla.hotline.hardening;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.hotline.TipFixtures;
import vnla.hotline.tip.Tip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A token whose agency is not one of the network's is refused with a 403 problem+json, whatever the endpoint. */
@QuarkusTest
class KnownAgencyTest {

    @Test
    void unknownAgencyMayNotRecordATip() {
        long before = tips("xx.nowhere");
        TipFixtures.as("duty-officer", "xx.nowhere")
                .body(TipFixtures.anonymousTip())
                .when().post("/api/v1/tips")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("detail", equalTo("agency xx.nowhere is not known"));
        assertEquals(before, tips("xx.nowhere"), "nothing stored");
    }

    @Test
    void unknownAgencyMayNotListTips() {
        TipFixtures.as("analyst", "xx.nowhere")
                .when().get("/api/v1/tips")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("agency xx.nowhere is not known"));
    }

    @Test
    void tokenWithoutAgencyIsRefused() {
        given().auth().oauth2(vnla.testing.Tokens.withoutAgency("analyst"))
                .when().get("/api/v1/tips")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The token names no agency"));
    }

    @Test
    void knownAgencyStillRecordsAndLists() {
        TipFixtures.as("duty-officer", "la.salavan")
                .body(TipFixtures.identifiedTip())
                .when().post("/api/v1/tips")
                .then().statusCode(201);
        TipFixtures.as("analyst", "la.salavan")
                .when().get("/api/v1/tips")
                .then().statusCode(200);
    }

    @Test
    void noTokenIsStillA401() {
        given()
                .when().get("/api/v1/tips")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    private static long tips(String agency) {
        return QuarkusTransaction.requiringNew().call(() -> Tip.count("receivingAgency", agency));
    }
}
