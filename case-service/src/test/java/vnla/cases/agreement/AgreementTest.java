package vnla.cases.agreement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.common.security.KnownAgencies;

/** Agreements are proposed by one party, countersigned by the other, seen only by the parties and their own ministry. */
@QuarkusTest
class AgreementTest {

    @Test
    void agreementIsInForceOnlyOnceTheOtherPartyCountersigns() {
        String location = Api.as("admin", "vn.mps").body(Map.of("agencies", List.of("la.mps", "vn.mps"), "title",
                "Hiệp định hợp tác phòng, chống tội phạm ma túy", "validFrom", "2019-01-01")).post("/api/v1/agreements")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("agencies", contains("la.mps", "vn.mps"))
                .body("validFrom", equalTo("2019-01-01"))
                .body("status", equalTo("PROPOSED"))
                .body("inForce", equalTo(false))
                .body("proposed.agency", equalTo("vn.mps"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        Api.as("admin", "vn.mps").post("/api/v1/agreements/{id}/countersignature", id)
                .then().statusCode(409)
                .contentType("application/problem+json");
        Api.as("admin", "la.mps").post("/api/v1/agreements/{id}/countersignature", id)
                .then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("inForce", equalTo(true))
                .body("countersigned.agency", equalTo("la.mps"));
        Api.analyst("vn.mps").get(location)
                .then().statusCode(200)
                .body("title", equalTo("Hiệp định hợp tác phòng, chống tội phạm ma túy"));
    }

    @Test
    void adminOfAThirdAgencyCannotRecordOrReadAnAgreement() {
        Api.as("admin", "vn.quangnam").body(Map.of("agencies", List.of("vn.sonla", "la.houaphanh"), "validFrom", "2025-01-01"))
                .post("/api/v1/agreements")
                .then().statusCode(403)
                .contentType("application/problem+json");
        String id = Api.proposeAgreement("vn.sonla", "la.houaphanh", "2025-01-01", null);

        Api.as("admin", "la.sekong").get("/api/v1/agreements/{id}", id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("admin", "la.sekong").post("/api/v1/agreements/{id}/countersignature", id)
                .then().statusCode(404);
        Api.as("admin", "vn.quangnam").body(Map.of("reason", "Không có thẩm quyền")).post("/api/v1/agreements/{id}/termination", id)
                .then().statusCode(404);
        Api.as("admin", "la.sekong").get("/api/v1/agreements")
                .then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Api.as("admin", "la.houaphanh").get("/api/v1/agreements/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
    }

    @Test
    void tokenOfAnAgencyThatDoesNotExistIsRefusedEverywhere() {
        long before = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> CooperationAgreement.count());

        Api.as("admin", "xx.nowhere").body(Map.of("agencies", List.of("vn.sonla", "la.houaphanh"), "validFrom", "2025-01-01"))
                .post("/api/v1/agreements")
                .then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("admin", "xx.nowhere").get("/api/v1/agreements")
                .then().statusCode(403);
        Api.analyst("xx.nowhere").get("/api/v1/operations")
                .then().statusCode(403);

        assertEquals(before, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> CooperationAgreement.count()));
    }

    @Test
    void ministryTierReadsItsCountrysAgreementsButDoesNotActOnThem() {
        String id = Api.agreement("vn.quangnam", "la.savannakhet", "2025-01-01", null);

        Api.as("admin", "vn.mps").get("/api/v1/agreements/{id}", id)
                .then().statusCode(200)
                .body("inForce", equalTo(true));
        Api.as("admin", "la.mps").queryParam("agency", "la.savannakhet").queryParam("size", 100).get("/api/v1/agreements")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.as("admin", "vn.mps").body(Map.of("reason", "Chỉ đạo")).post("/api/v1/agreements/{id}/suspension", id)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void eitherPartySuspendsAndTerminatesWithImmediateEffect() {
        String id = Api.agreement("vn.quangnam", "la.savannakhet", "2025-01-01", null);

        Api.as("admin", "la.savannakhet").body(Map.of("reason", "ໂຈະຊົ່ວຄາວ")).post("/api/v1/agreements/{id}/suspension", id)
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("inForce", equalTo(false))
                .body("statusReason", equalTo("ໂຈະຊົ່ວຄາວ"));
        Api.as("admin", "vn.quangnam").body(Map.of("reason", "Tiếp tục")).post("/api/v1/agreements/{id}/resumption", id)
                .then().statusCode(409);
        Api.as("admin", "la.savannakhet").body(Map.of("reason", "ສືບຕໍ່")).post("/api/v1/agreements/{id}/resumption", id)
                .then().statusCode(200)
                .body("inForce", equalTo(true));
        Api.as("admin", "vn.quangnam").body(Map.of("reason", "Chấm dứt hợp tác")).post("/api/v1/agreements/{id}/termination", id)
                .then().statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("inForce", equalTo(false))
                .body("terminated.agency", equalTo("vn.quangnam"));
        Api.as("admin", "la.savannakhet").body(Map.of("reason", "ໂຈະ")).post("/api/v1/agreements/{id}/suspension", id)
                .then().statusCode(409);
        Api.as("admin", "la.savannakhet").post("/api/v1/agreements/{id}/suspension", id)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void agreementEndedBeforeTodayIsNotInForce() {
        String id = Api.agreement("vn.mps", "la.mps", "2010-01-01", "2015-01-01");

        Api.as("admin", "vn.mps").get("/api/v1/agreements/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("inForce", equalTo(false))
                .body("validTo", equalTo("2015-01-01"));
    }

    @Test
    void analystMayNotProposeAgreements() {
        Api.analyst("vn.hue").body(Map.of("agencies", List.of("vn.hue", "la.salavan"), "validFrom", "2025-01-01")).post("/api/v1/agreements")
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
        Api.as("admin", "vn.mps").body(Map.of("agencies", List.of("vn.mps", "la.mps"), "validFrom", "2025-01-01", "categories", List.of("SMUGGLING")))
                .post("/api/v1/agreements")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void everyoneAuthenticatedSeesTheSeededAgencies() {
        Api.as("liaison-officer", "la.salavan").get("/api/v1/agencies")
                .then().statusCode(200)
                .body("id", containsInAnyOrder(KnownAgencies.IDS.toArray()))
                .body("", hasSize(KnownAgencies.COUNT))
                .body("find { it.id == 'vn.sonla' }.name", equalTo("Công an tỉnh Sơn La"))
                .body("find { it.id == 'la.mps' }.name", equalTo("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ"))
                .body("find { it.id == 'la.mps' }.tier", equalTo("MINISTRY"));
    }
}
