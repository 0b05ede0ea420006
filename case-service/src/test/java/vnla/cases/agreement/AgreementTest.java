package vnla.cases.agreement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;

/** Agreements between the two ministries only: other pairs are reserved by the alert request tests. */
@QuarkusTest
class AgreementTest {

    @Test
    void adminRecordsAgreementInForceFromItsFirstDay() {
        String location = Api.as("admin", "vn.mps").body(Map.of("agencies", List.of("la.mps", "vn.mps"), "title",
                "Hiệp định hợp tác phòng, chống tội phạm ma túy", "validFrom", "2019-01-01")).post("/api/v1/agreements")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("agencies", contains("la.mps", "vn.mps"))
                .body("validFrom", equalTo("2019-01-01"))
                .body("inForce", equalTo(true))
                .extract().header("Location");

        Api.analyst("vn.hue").get(location)
                .then().statusCode(200)
                .body("title", equalTo("Hiệp định hợp tác phòng, chống tội phạm ma túy"));
        Api.analyst("vn.hue").queryParam("agency", "la.mps").get("/api/v1/agreements")
                .then().statusCode(200)
                .body("items.agencies", hasItem(List.of("la.mps", "vn.mps")));
    }

    @Test
    void agreementEndedBeforeTodayIsNotInForce() {
        Api.as("admin", "vn.mps").body(Map.of("agencies", List.of("vn.mps", "la.mps"), "validFrom", "2010-01-01", "validTo", "2015-01-01"))
                .post("/api/v1/agreements")
                .then().statusCode(201)
                .body("inForce", equalTo(false))
                .body("validTo", equalTo("2015-01-01"));
    }

    @Test
    void analystMayNotRecordAgreements() {
        Api.analyst("vn.hue").body(Map.of("agencies", List.of("vn.mps", "la.mps"), "validFrom", "2025-01-01")).post("/api/v1/agreements")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void agreementEndingBeforeItStartsOrWithUnknownAgencyIsProblem() {
        Api.as("admin", "vn.mps").body(Map.of("agencies", List.of("vn.mps", "la.mps"), "validFrom", "2025-01-01", "validTo", "2024-01-01"))
                .post("/api/v1/agreements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("validTo"));
        Api.as("admin", "vn.mps").body(Map.of("agencies", List.of("vn.mps", "la.vientiane"), "validFrom", "2025-01-01"))
                .post("/api/v1/agreements")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("agencies[1]"));
        Api.as("admin", "vn.mps").body(Map.of("agencies", List.of("vn.mps"), "validFrom", "2025-01-01"))
                .post("/api/v1/agreements")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("agencies"));
    }

    @Test
    void everyoneAuthenticatedSeesTheSeededAgencies() {
        Api.as("liaison-officer", "la.salavan").get("/api/v1/agencies")
                .then().statusCode(200)
                .body("id", hasItem("la.luangprabang"))
                .body("find { it.id == 'vn.sonla' }.name", equalTo("Công an tỉnh Sơn La"))
                .body("find { it.id == 'la.mps' }.name", equalTo("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ"))
                .body("find { it.id == 'la.mps' }.tier", equalTo("MINISTRY"));
    }
}
