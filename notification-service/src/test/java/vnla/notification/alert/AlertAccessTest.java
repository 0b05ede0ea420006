package vnla.notification.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.testing.Tokens;

/** An agency sees only its own alerts: anything else is answered 404, as if it did not exist. */
@QuarkusTest
class AlertAccessTest {

    @Inject
    EventCodec codec;

    @Test
    void salavanCannotReadOrActOnSekongsAlert() {
        AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.URGENT);
        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);
        String salavan = Fixtures.liaison(Fixtures.SALAVAN);

        given().auth().oauth2(salavan)
                .when().get("/api/v1/alerts/" + alertId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().auth().oauth2(salavan)
                .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                .then().statusCode(404);
        given().auth().oauth2(salavan)
                .when().get("/api/v1/alerts/" + alertId + "/escalations")
                .then().statusCode(404);
        given().auth().oauth2(salavan).contentType(ContentType.JSON)
                .body(Map.of("officerName", "ບຸນມີ ພົມມະວົງ"))
                .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                .then().statusCode(404);
        given().auth().oauth2(salavan).queryParam("requestId", request.requestId().toString())
                .when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SEKONG))
                .when().get("/api/v1/alerts/" + alertId)
                .then().statusCode(200)
                .body("acknowledgement", equalTo(null));
    }

    @Test
    void acknowledgementNeedsANamedLiaisonOfficerAndHappensOnce() {
        AlertRequested request = Fixtures.request(Fixtures.SEKONG, Vocabulary.Priority.ROUTINE);
        Fixtures.send(codec, request);
        String alertId = Fixtures.awaitAlert(Fixtures.SEKONG, request);
        String sekong = Fixtures.liaison(Fixtures.SEKONG);

        given().auth().oauth2(sekong).contentType(ContentType.JSON)
                .body(Map.of("officerRank", "Captain"))
                .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("officerName"));
        given().auth().oauth2(Fixtures.admin(Fixtures.SEKONG)).contentType(ContentType.JSON)
                .body(Map.of("officerName", "ແສງທອງ ສີສຸວັນ"))
                .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                .then().statusCode(403);
        given().auth().oauth2(sekong)
                .when().get("/api/v1/alerts/" + alertId + "/acknowledgements")
                .then().statusCode(404);
        given().auth().oauth2(sekong).contentType(ContentType.JSON)
                .body(Map.of("officerName", "ແສງທອງ ສີສຸວັນ", "officerRank", "Captain"))
                .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/alerts/" + alertId + "/acknowledgements"));
        given().auth().oauth2(sekong).contentType(ContentType.JSON)
                .body(Map.of("officerName", "Phommachanh Vongsa"))
                .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                .then().statusCode(409);
        given().auth().oauth2(sekong)
                .when().get("/api/v1/alerts/" + alertId + "/acknowledgements")
                .then().statusCode(200)
                .body("officerName", equalTo("ແສງທອງ ສີສຸວັນ"));
    }

    @Test
    void alertsNeedATokenAndAPartnerRole() {
        given()
                .when().get("/api/v1/alerts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(Tokens.forRole("duty-officer", Fixtures.SALAVAN))
                .when().get("/api/v1/alerts")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                .when().get("/api/v1/alerts/not-a-uuid")
                .then().statusCode(not(equalTo(500)));
    }
}
