package vnla.cases.operation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.testing.TopicWatcher;

/** Operations by consent: only the lead opens one; partners are invited and see nothing until they accept. */
@QuarkusTest
class ConsentTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void partnerCannotOpenAnOperationNamingAnotherLead() {
        long before = operations();

        Api.analyst("la.salavan").body(Api.operation("vn.hue", List.of("la.salavan"), "DRUG_TRAFFICKING", List.of("VN-26", "LA-SL"),
                java.time.LocalDate.now(), null)).post("/api/v1/operations")
                .then().statusCode(403)
                .contentType("application/problem+json");

        assertEquals(before, operations());
    }

    @Test
    void invitedAgencySeesOnlyTheInvitationUntilItAccepts() throws IOException {
        Map<String, Object> body = Api.hueSalavan();
        UUID operation;
        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            operation = Api.openInviting("vn.hue", body);
            JsonNode invited = partyChange(watcher, operation, "INVITED");
            assertEquals("la.salavan", invited.get("agency").asText());
            assertEquals("vn.hue", invited.get("actorAgency").asText());
        }

        Api.analyst("la.salavan").get("/api/v1/operations/{id}", operation)
                .then().statusCode(404);
        Api.analyst("la.salavan").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(404);
        Api.analyst("la.salavan").get("/api/v1/operations")
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(operation.toString())));
        Api.analyst("la.salavan").queryParam("status", "PENDING").get("/api/v1/invitations")
                .then().statusCode(200)
                .body("items[0].operationId", equalTo(operation.toString()))
                .body("size", equalTo(20))
                .body("items.find { it.operationId == '" + operation + "' }.codeName", equalTo(body.get("codeName")))
                .body("items.find { it.operationId == '" + operation + "' }.leadAgency", equalTo("vn.hue"))
                .body("items.find { it.operationId == '" + operation + "' }.area.provinceCodes", contains("VN-26", "LA-SL"))
                .body("items.find { it.operationId == '" + operation + "' }.invitedBy", equalTo("analyst@vn.hue"))
                .body("items.find { it.operationId == '" + operation + "' }.description", org.hamcrest.Matchers.nullValue());
        Api.analyst("vn.hue").get("/api/v1/operations/{id}", operation)
                .then().statusCode(200)
                .body("partnerAgencies", empty())
                .body("invitations.agency", contains("la.salavan"))
                .body("invitations.status", contains("PENDING"));

        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            Api.accept("la.salavan", operation);
            partyChange(watcher, operation, "ACCEPTED");
        }

        Api.analyst("la.salavan").get("/api/v1/operations/{id}", operation)
                .then().statusCode(200)
                .body("partnerAgencies", contains("la.salavan"));
        Api.analyst("la.salavan").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED"))
                .body("items[2].actor", equalTo("analyst@la.salavan"));
    }

    @Test
    void declinedInvitationKeepsTheAgencyOutWithItsReason() {
        UUID operation = Api.openInviting("vn.hue", Api.hueSalavan());
        String invitation = Api.invitation("la.salavan", operation);

        Api.analyst("la.salavan").body(Map.of("reason", "ບໍ່ຢູ່ໃນຂອບເຂດຮັບຜິດຊອບ")).post("/api/v1/invitations/{id}/decline", invitation)
                .then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        Api.analyst("la.salavan").post("/api/v1/invitations/{id}/accept", invitation)
                .then().statusCode(409)
                .contentType("application/problem+json");
        Api.analyst("la.sekong").post("/api/v1/invitations/{id}/accept", invitation)
                .then().statusCode(404);

        Api.analyst("la.salavan").get("/api/v1/operations/{id}", operation)
                .then().statusCode(404);
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/invitations", operation)
                .then().statusCode(200)
                .body("[0].status", equalTo("DECLINED"))
                .body("[0].reason", equalTo("ບໍ່ຢູ່ໃນຂອບເຂດຮັບຜິດຊອບ"));
        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_DECLINED"));
    }

    @Test
    void leadInvitesLaterAndRemovesAPartnerAndAPartnerLeaves() throws IOException {
        UUID operation = Api.open("vn.hue", Api.hueSalavan());

        Api.analyst("la.salavan").body(Map.of("agency", "la.sekong")).post("/api/v1/operations/{id}/invitations", operation)
                .then().statusCode(403);
        Api.analyst("vn.hue").body(Map.of("agency", "la.sekong")).post("/api/v1/operations/{id}/invitations", operation)
                .then().statusCode(201)
                .body("status", equalTo("PENDING"));
        Api.analyst("vn.hue").body(Map.of("agency", "la.sekong")).post("/api/v1/operations/{id}/invitations", operation)
                .then().statusCode(409);
        Api.accept("la.sekong", operation);
        Api.analyst("la.sekong").get("/api/v1/operations/{id}", operation)
                .then().statusCode(200);

        Api.analyst("la.salavan").delete("/api/v1/operations/{id}/partners/{agency}", operation, "la.sekong")
                .then().statusCode(403);
        try (TopicWatcher watcher = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            Api.analyst("vn.hue").queryParam("reason", "Chuyển địa bàn").delete("/api/v1/operations/{id}/partners/{agency}", operation, "la.sekong")
                    .then().statusCode(204);
            assertEquals("Chuyển địa bàn", partyChange(watcher, operation, "REMOVED").get("reason").asText());
        }
        Api.analyst("la.sekong").get("/api/v1/operations/{id}", operation)
                .then().statusCode(404);
        Api.analyst("la.salavan").delete("/api/v1/operations/{id}/partners/{agency}", operation, "la.salavan")
                .then().statusCode(204);
        Api.analyst("la.salavan").get("/api/v1/operations/{id}", operation)
                .then().statusCode(404);
        Api.analyst("vn.hue").delete("/api/v1/operations/{id}/partners/{agency}", operation, "vn.hue")
                .then().statusCode(409);

        Api.analyst("vn.hue").get("/api/v1/operations/{id}/timeline", operation)
                .then().statusCode(200)
                .body("items.kind", contains("OPERATION_OPENED", "PARTNER_INVITED", "INVITATION_ACCEPTED", "PARTNER_INVITED",
                        "INVITATION_ACCEPTED", "PARTNER_REMOVED", "PARTNER_LEFT"));
        Api.analyst("vn.hue").get("/api/v1/operations/{id}", operation)
                .then().statusCode(200)
                .body("partnerAgencies", empty());
    }

    @Test
    void theSameCodeNameUnderAnotherLeadRevealsNothing() {
        Map<String, Object> hue = Api.hueSalavan();
        Api.open("vn.hue", hue);
        Map<String, Object> sonLa = Api.operation("vn.sonla", List.of("la.houaphanh"), "DRUG_TRAFFICKING", List.of("VN-05", "LA-HO"),
                java.time.LocalDate.now(), null);
        sonLa.put("codeName", hue.get("codeName"));

        Api.analyst("vn.sonla").body(sonLa).post("/api/v1/operations")
                .then().statusCode(201);
    }

    private JsonNode partyChange(TopicWatcher watcher, UUID operation, String change) throws IOException {
        ConsumerRecord<String, byte[]> record = watcher.awaitOne(r -> "cases.operation.party-changed".equals(TopicWatcher.header(r, "ce_type"))
                && operation.toString().equals(r.key()) && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + change + "\""));
        JsonNode event = mapper.readTree(record.value());
        assertEquals(java.util.Set.of(), codec.violations(EventType.OPERATION_PARTY_CHANGED, event));
        return event;
    }

    private static long operations() {
        return QuarkusTransaction.requiringNew().call(() -> JointOperation.count());
    }
}
