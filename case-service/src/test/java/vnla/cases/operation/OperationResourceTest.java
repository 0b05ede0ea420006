package vnla.cases.operation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.cases.Api;

@QuarkusTest
class OperationResourceTest {

    @Test
    void opensOperationAsPlannedWithLocationAndEtag() {
        Map<String, Object> operation = Api.hueSalavan();

        String location = Api.analyst("vn.hue").body(operation).post("/api/v1/operations")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("PLANNED"))
                .body("codeName", equalTo(operation.get("codeName")))
                .body("leadAgency", equalTo("vn.hue"))
                .body("partnerAgencies", empty())
                .body("invitations.agency", contains("la.salavan"))
                .body("invitations.status", contains("PENDING"))
                .body("area.provinceCodes", contains("VN-26", "LA-SL"))
                .body("workingGroups[0].officers", equalTo(13))
                .body("exercise", equalTo(false))
                .extract().header("Location");

        Api.analyst("vn.hue").get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("codeName", equalTo(operation.get("codeName")));
    }

    @Test
    void vietnameseAndLaoTextRoundTripsByteExact() {
        Map<String, Object> operation = Api.hueSalavan();
        operation.put("codeName", "Chuyên án Đường mòn ຊາຍແດນ " + UUID.randomUUID().toString().substring(0, 6));
        UUID id = Api.open("vn.hue", operation);

        byte[] body = Api.analyst("vn.hue").get("/api/v1/operations/{id}", id)
                .then().statusCode(200)
                .body("codeName", equalTo(operation.get("codeName")))
                .body("description", equalTo(operation.get("description")))
                .body("area.districts[0]", equalTo("A Lưới"))
                .extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains((String) operation.get("codeName")));
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("ຮ່ວມມືປາບປາມຢາເສບຕິດ"));
    }

    @Test
    void statusMovesThroughTheMachineWithIfMatch() {
        UUID id = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("vn.hue").header("If-Match", "\"1\"").body(Map.of("status", "ACTIVE")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("ACTIVE"));
        Api.analyst("la.salavan").header("If-Match", "\"2\"").body(Map.of("status", "SUSPENDED", "reason", "ລໍຖ້າຂໍ້ມູນເພີ່ມເຕີມ")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        Api.analyst("vn.hue").header("If-Match", "\"3\"").body(Map.of("status", "ACTIVE")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        Api.analyst("vn.hue").header("If-Match", "\"4\"").body(Map.of("status", "CLOSED")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"5\""))
                .body("status", equalTo("CLOSED"));

        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", id)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED",
                        "STATUS_CHANGED"))
                .body("items[4].actor", equalTo("analyst@la.salavan"))
                .body("items[4].details.reason", equalTo("ລໍຖ້າຂໍ້ມູນເພີ່ມເຕີມ"))
                .body("items.at", everyItem(notNullValue()));
    }

    @Test
    void illegalStatusMoveIsConflictAndChangesNothing() {
        UUID id = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("vn.hue").header("If-Match", "\"1\"").body(Map.of("status", "CLOSED")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A PLANNED operation cannot become CLOSED"));
        Api.analyst("vn.hue").header("If-Match", "\"1\"").body(Map.of("status", "SUSPENDED")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(409);

        Api.analyst("vn.hue").get("/api/v1/operations/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void statusChangeWithoutIfMatchIs428AndWithStaleEtagIs412() {
        UUID id = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("vn.hue").body(Map.of("status", "ACTIVE")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(428)
                .contentType("application/problem+json");
        Api.analyst("vn.hue").header("If-Match", "\"7\"").body(Map.of("status", "ACTIVE")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(412)
                .contentType("application/problem+json");

        Api.analyst("vn.hue").get("/api/v1/operations/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void requestWithoutTokenIs401() {
        given().contentType(ContentType.JSON).body(Api.hueSalavan()).post("/api/v1/operations")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/v1/operations")
                .then().statusCode(401);
    }

    @Test
    void dutyOfficerMayNotOpenOperations() {
        Api.as("duty-officer", "vn.hue").body(Api.hueSalavan()).post("/api/v1/operations")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void operationOfOtherAgenciesIsNotFoundButPartnersSeeIt() {
        UUID id = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("la.salavan").get("/api/v1/operations/{id}", id)
                .then().statusCode(200);
        Api.analyst("la.champasak").get("/api/v1/operations/{id}", id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        Api.analyst("la.champasak").header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).post("/api/v1/operations/{id}/status", id)
                .then().statusCode(404);
        Api.analyst("la.champasak").get("/api/v1/operations/{id}/timeline", id)
                .then().statusCode(404);
        Api.analyst("la.champasak").get("/api/v1/operations")
                .then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void badInputIsProblemWithFieldNamesAndCreatesNothing() {
        Map<String, Object> operation = Api.hueSalavan();
        operation.put("category", null);
        operation.put("area", Map.of("provinceCodes", List.of("Huế")));
        operation.put("partnerAgencies", List.of());

        Api.analyst("vn.hue").body(operation).post("/api/v1/operations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("area.provinceCodes[0]", "category", "partnerAgencies"));

        Api.analyst("vn.hue").queryParam("size", 100).get("/api/v1/operations")
                .then().statusCode(200)
                .body("items.codeName", not(hasItem(operation.get("codeName"))));
    }

    @Test
    void operationWithoutPartnerAcrossTheBorderIsRejected() {
        Map<String, Object> operation = Api.operation("vn.hue", List.of("vn.quangnam"), "DRUG_TRAFFICKING", List.of("VN-26"),
                LocalDate.now(), null);

        Api.analyst("vn.hue").body(operation).post("/api/v1/operations")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("partnerAgencies"))
                .body("violations[0].message", equalTo("must name at least one agency on the other side of the border"));
    }

    @Test
    void unknownEnumValueIsProblemNamingTheField() {
        Map<String, Object> operation = Api.hueSalavan();
        operation.put("category", "BUÔN LẬU");

        Api.analyst("vn.hue").body(operation).post("/api/v1/operations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("category"));
    }

    @Test
    void duplicateCodeNameIsConflict() {
        Map<String, Object> operation = Api.hueSalavan();
        Api.open("vn.hue", operation);

        Api.analyst("vn.hue").body(operation).post("/api/v1/operations")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        Map<String, Object> operation = Api.hueSalavan();
        String key = UUID.randomUUID().toString();

        String first = Api.analyst("vn.hue").header("Idempotency-Key", key).body(operation).post("/api/v1/operations")
                .then().statusCode(201)
                .extract().header("Location");
        Api.analyst("vn.hue").header("Idempotency-Key", key).body(operation).post("/api/v1/operations")
                .then().statusCode(201)
                .header("Location", endsWith(first.substring(first.indexOf("/api/"))));
    }

    @Test
    void listFiltersByStatusCategoryAreaAgencyAndPeriodAndPaginates() {
        UUID sonLa = Api.open("vn.sonla", Api.operation("vn.sonla", List.of("la.houaphanh", "la.luangprabang"), "WEAPONS_SMUGGLING",
                List.of("VN-05", "LA-HO"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30)));
        Api.open("vn.sonla", Api.operation("vn.sonla", List.of("la.luangprabang"), "DRUG_TRAFFICKING",
                List.of("VN-05", "LA-LP"), LocalDate.of(2025, 1, 1), null));

        Api.analyst("vn.sonla").queryParam("category", "WEAPONS_SMUGGLING").queryParam("province", "LA-HO")
                .queryParam("agency", "la.houaphanh").queryParam("status", "PLANNED")
                .queryParam("from", "2024-06-01").queryParam("to", "2024-06-30").get("/api/v1/operations")
                .then().statusCode(200)
                .body("items.id", hasItem(sonLa.toString()))
                .body("items.category", everyItem(equalTo("WEAPONS_SMUGGLING")));
        Api.analyst("vn.sonla").queryParam("from", "2024-10-01").queryParam("to", "2024-12-31").queryParam("category", "WEAPONS_SMUGGLING")
                .get("/api/v1/operations")
                .then().statusCode(200)
                .body("items.id", not(hasItem(sonLa.toString())));
        Api.analyst("vn.sonla").queryParam("size", 1).queryParam("page", 0).get("/api/v1/operations")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(2));
        Api.analyst("la.houaphanh").queryParam("status", "CLOSED").queryParam("agency", "vn.sonla").get("/api/v1/operations")
                .then().statusCode(200)
                .body("items", empty());
        Api.analyst("vn.sonla").queryParam("size", 500).get("/api/v1/operations")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
