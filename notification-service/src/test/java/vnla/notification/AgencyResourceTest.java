package vnla.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.security.KnownAgencies;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void listsTheElevenSeededAgencies() {
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                .when().get("/api/v1/agencies")
                .then().statusCode(200)
                .body("", hasSize(KnownAgencies.COUNT))
                .body("id", containsInAnyOrder(KnownAgencies.IDS.toArray()))
                .body("find { it.id == 'vn.sonla' }.name", equalTo("Công an tỉnh Sơn La"))
                .body("find { it.id == 'la.mps' }.name", equalTo("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ (Ministry of Public Security, Lao PDR)"))
                .body("find { it.id == 'la.sekong' }.provinceCode", equalTo("LA-XE"));
    }

    @Test
    void contactsAreReplacedOnlyWithTheCurrentETagAndOnlyByTheAgencyItself() {
        String token = Fixtures.liaison(Fixtures.CHAMPASAK);
        Map<String, Object> body = Map.of("contacts", List.of(
                Map.of("tier", "PROVINCE", "name", "ວັນໄຊ ແກ້ວບົວລະພາ", "rank", "Lieutenant Colonel"),
                Map.of("tier", "MINISTRY", "name", "Trực ban Bộ Công an", "email", "trucban@example.vn")));
        String etag = given().auth().oauth2(token)
                .when().get("/api/v1/agencies/la.champasak/contacts")
                .then().statusCode(200)
                .extract().header("ETag");

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(body)
                .when().put("/api/v1/agencies/la.champasak/contacts")
                .then().statusCode(428);
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body)
                .when().put("/api/v1/agencies/la.champasak/contacts")
                .then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("contacts", List.of(Map.of("tier", "HEADQUARTERS", "name", "x"))))
                .when().put("/api/v1/agencies/la.champasak/contacts")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("contacts[0].tier"));
        String next = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body)
                .when().put("/api/v1/agencies/la.champasak/contacts")
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("contacts.name", contains("ວັນໄຊ ແກ້ວບົວລະພາ", "Trực ban Bộ Công an"))
                .extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("contacts", List.of()))
                .when().put("/api/v1/agencies/la.champasak/contacts")
                .then().statusCode(412);
        given().auth().oauth2(token)
                .when().get("/api/v1/agencies/la.champasak/contacts")
                .then().statusCode(200)
                .header("ETag", equalTo(next))
                .body("contacts", hasSize(2));
    }
}
