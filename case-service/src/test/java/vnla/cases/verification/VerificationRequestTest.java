package vnla.cases.verification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.common.event.Topics;
import vnla.testing.Database;
import vnla.testing.TestClock;
import vnla.testing.TopicWatcher;

/**
 * Requests for verification from Huế to Salavan: one answered CONFIRMED before its deadline after a clarification, one
 * left unanswered that the deadline job makes OVERDUE (the clock moved, not waited), every message on the topic for the
 * other side and on the operation's timeline both sides read; the wrong side 403, an illegal step 409, bad input 400.
 */
@QuarkusTest
class VerificationRequestTest {

    static final String HUE = "vn.hue";
    static final String SALAVAN = "la.salavan";
    static final String SUBJECT = "Nguyễn Văn Hùng, sinh năm 1988, thuê bao +856 20 5555 1234";
    static final String QUESTION = "Đề nghị xác minh đối tượng có đang cư trú tại bản Lạc Khon Phêng, huyện Lao Ngam không; "
            + "đối tượng nghi vận chuyển ma túy tổng hợp qua đường mòn biên giới.";
    static final String ASKED = "ຂໍໃຫ້ລະບຸເລກບັດປະຈຳຕົວ ແລະ ຮູບພາບຂອງບຸກຄົນດັ່ງກ່າວ";
    static final String CLARIFIED = "Số CCCD 046088001234, ảnh gửi kèm qua kênh liên lạc chính thức.";
    static final String FINDINGS = "ບຸກຄົນດັ່ງກ່າວ ອາໄສຢູ່ບ້ານລະຄອນເພັງ ເມືອງລະຄອນເພັງ ແຂວງສາລະວັນ ແຕ່ເດືອນກັນຍາ";

    private static boolean agreed;

    @Inject
    TestClock clock;

    @Inject
    VerificationDeadlineJob deadlines;

    @BeforeEach
    void hueAndSalavanAgreed() {
        if (!agreed) {
            Api.agreement(HUE, SALAVAN, "2025-11-20", null);
            agreed = true;
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void requestFromHueToSalavanIsAnsweredConfirmedBeforeItsDeadline() {
        assertTrue(Normalizer.isNormalized(SUBJECT + QUESTION + ASKED + CLARIFIED + FINDINGS, Normalizer.Form.NFC));
        UUID operation = Api.open(HUE, Api.hueSalavan());
        long inTimeBefore = answeredInTime(HUE, SALAVAN);
        String id;
        try (TopicWatcher topic = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            id = Api.analyst(HUE).body(request(operation, Instant.now().plus(Duration.ofDays(7)))).post("/api/v1/requests")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/requests/"))
                    .header("ETag", not(""))
                    .body("status", equalTo("SENT"))
                    .body("reference", containsString("RV-"))
                    .body("subject.kind", equalTo("PERSON"))
                    .body("subject.value", equalTo(SUBJECT))
                    .body("question", equalTo(QUESTION))
                    .extract().path("id");

            Api.analyst(SALAVAN).queryParam("direction", "inbound").queryParam("status", "SENT").get("/api/v1/requests")
                    .then().statusCode(200)
                    .body("items.id", hasItem(id));
            Api.analyst(SALAVAN).queryParam("direction", "outbound").get("/api/v1/requests")
                    .then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            Api.analyst(HUE).queryParam("direction", "outbound").get("/api/v1/requests")
                    .then().statusCode(200)
                    .body("items.id", hasItem(id));
            Api.analyst("la.sekong").get("/api/v1/requests/{id}", id).then().statusCode(404);

            // the requester cannot accept or answer its own request
            Api.analyst(HUE).header("If-Match", etag(id)).post("/api/v1/requests/{id}/acceptance", id)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            Api.analyst(HUE).header("If-Match", etag(id)).body(answer("CONFIRMED", FINDINGS, null)).post("/api/v1/requests/{id}/answer", id)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            Api.analyst(SALAVAN).post("/api/v1/requests/{id}/acceptance", id).then().statusCode(428);

            step(SALAVAN, id, "acceptance", Map.of(), "ACCEPTED");
            Api.analyst(SALAVAN).header("If-Match", etag(id)).post("/api/v1/requests/{id}/acceptance", id)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("ACCEPTED"));
            step(SALAVAN, id, "clarification-requests", Map.of("message", ASKED), "CLARIFICATION_ASKED");
            Api.analyst(SALAVAN).header("If-Match", etag(id)).body(Map.of("message", CLARIFIED)).post("/api/v1/requests/{id}/clarifications", id)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            step(HUE, id, "clarifications", Map.of("message", CLARIFIED), "ACCEPTED");
            step(SALAVAN, id, "answer", answer("CONFIRMED", FINDINGS, null), "ANSWERED");
            Api.analyst(SALAVAN).header("If-Match", etag(id)).body(answer("PARTIAL", FINDINGS, null)).post("/api/v1/requests/{id}/answer", id)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("ANSWERED"));

            String requestId = id;
            List<JsonNode> events = topic.await(r -> r.key().equals(requestId), 5, Duration.ofSeconds(30)).stream()
                    .peek(r -> assertEquals("cases.verification.message-sent", TopicWatcher.header(r, "ce_type")))
                    .map(VerificationRequestTest::json).toList();
            assertEquals(List.of("SENT", "ACCEPTED", "CLARIFICATION_ASKED", "CLARIFICATION_ANSWERED", "ANSWERED"),
                    events.stream().map(e -> e.get("message").asText()).toList());
            assertEquals(List.of(SALAVAN, HUE, HUE, SALAVAN, HUE), events.stream().map(e -> e.get("recipientAgency").asText()).toList());
            assertEquals(List.of(QUESTION, "null", ASKED, CLARIFIED, FINDINGS), events.stream().map(e -> e.get("text").asText()).toList());
            assertEquals("CONFIRMED", events.get(4).get("result").asText());
        }

        Api.analyst(HUE).get("/api/v1/requests/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("result", equalTo("CONFIRMED"))
                .body("findings", equalTo(FINDINGS))
                .body("clarificationQuestion", equalTo(ASKED))
                .body("clarificationAnswer", equalTo(CLARIFIED))
                .body("answered.by", equalTo("analyst@" + SALAVAN))
                .body("answeredInTime", equalTo(true));
        for (String agency : List.of(HUE, SALAVAN)) {
            Api.analyst(agency).queryParam("size", 100).get("/api/v1/operations/{id}/timeline", operation)
                    .then().statusCode(200)
                    .body("items.kind", hasItems("VERIFICATION_REQUESTED", "VERIFICATION_ACCEPTED", "VERIFICATION_CLARIFICATION_ASKED",
                            "VERIFICATION_CLARIFIED", "VERIFICATION_ANSWERED"))
                    .body("items.find { it.kind == 'VERIFICATION_ANSWERED' }.details.result", equalTo("CONFIRMED"));
        }
        assertEquals(inTimeBefore + 1, answeredInTime(HUE, SALAVAN));
        assertEquals(inTimeBefore + 1, answeredInTime(SALAVAN, HUE));
    }

    @Test
    void requestLeftUnansweredBecomesOverdueAtItsDeadlineAndEscalates() {
        UUID operation = Api.open(HUE, Api.hueSalavan());
        long inTimeBefore = answeredInTime(HUE, SALAVAN);
        String id;
        try (TopicWatcher topic = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            Map<String, Object> body = request(operation, Instant.now().plus(Duration.ofHours(2)));
            body.put("priority", "URGENT");
            id = Api.analyst(HUE).body(body).post("/api/v1/requests").then().statusCode(201).extract().path("id");
            deadlines.markBatch();
            assertEquals("SENT", Api.analyst(SALAVAN).get("/api/v1/requests/{id}", id).path("status"));

            clock.advance(Duration.ofHours(2).plusMinutes(1));
            deadlines.markBatch();
            Api.analyst(SALAVAN).get("/api/v1/requests/{id}", id)
                    .then().statusCode(200)
                    .body("status", equalTo("OVERDUE"))
                    .body("overdueAt", not(equalTo(null)));
            Api.analyst(HUE).queryParam("direction", "outbound").queryParam("status", "OVERDUE").get("/api/v1/requests")
                    .then().statusCode(200)
                    .body("items.id", hasItem(id));

            String requestId = id;
            List<JsonNode> events = topic.await(r -> r.key().equals(requestId), 2, Duration.ofSeconds(30)).stream()
                    .map(VerificationRequestTest::json).toList();
            assertEquals(List.of("SENT", "OVERDUE"), events.stream().map(e -> e.get("message").asText()).toList());
            JsonNode overdue = events.get(1);
            assertEquals(SALAVAN, overdue.get("recipientAgency").asText());
            assertEquals("OVERDUE", overdue.get("status").asText());
            assertEquals("URGENT", overdue.get("priority").asText());
            assertEquals(VerificationService.DEADLINE_ACTOR, overdue.get("actor").asText());
        }
        // a second round finds nothing more to do
        deadlines.markBatch();
        assertEquals(1L, count("select count(*) from outbox_event where aggregate_id = '" + id + "' and payload->>'message' = 'OVERDUE'"));

        // a late answer is recorded but not counted as answered in time
        step(SALAVAN, id, "answer", answer("NOT_FOUND", "ບໍ່ພົບບຸກຄົນດັ່ງກ່າວ ຢູ່ບ້ານທີ່ລະບຸ", null), "ANSWERED");
        Api.analyst(HUE).get("/api/v1/requests/{id}", id).then().statusCode(200).body("answeredInTime", equalTo(false));
        assertEquals(inTimeBefore, answeredInTime(HUE, SALAVAN));
        for (String agency : List.of(HUE, SALAVAN)) {
            Api.analyst(agency).queryParam("size", 100).get("/api/v1/operations/{id}/timeline", operation)
                    .then().statusCode(200)
                    .body("items.kind", hasItems("VERIFICATION_REQUESTED", "VERIFICATION_OVERDUE", "VERIFICATION_ANSWERED"));
        }
    }

    @Test
    void onlyTheRequestingAgencySendsAndOnlyUnderAnAgreementInForce() {
        Api.noAgreement(HUE, "la.houaphanh");
        Map<String, Object> body = request(null, Instant.now().plus(Duration.ofDays(3)));
        Api.analyst(SALAVAN).body(body).post("/api/v1/requests")
                .then().statusCode(403)
                .contentType("application/problem+json");
        body.put("requestedAgency", "la.houaphanh");
        Api.analyst(HUE).body(body).post("/api/v1/requests")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("NONE"));
        Api.as("duty-officer", HUE).body(request(null, Instant.now().plus(Duration.ofDays(3)))).post("/api/v1/requests")
                .then().statusCode(403);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = count("select count(*) from verification_request");
        Instant later = Instant.now().plus(Duration.ofDays(3));
        refused(with(request(null, later), "subject", Map.of("kind", "BOAT", "value", "Thuyền máy")), "");
        refused(with(request(null, later), "subject", Map.of("kind", "PHONE")), "subject.value");
        refused(with(request(null, later), "question", " "), "question");
        refused(with(request(null, later), "priority", null), "priority");
        refused(with(request(null, later), "deadline", null), "deadline");
        refused(request(null, Instant.now().minus(Duration.ofHours(1))), "deadline");
        refused(with(request(null, later), "handlingCode", Map.of("tlp", "RED", "releasability", "BILATERAL")), "handlingCode");
        refused(with(request(null, later), "handlingCode", Map.of("tlp", "AMBER", "releasability", "NATIONAL_ONLY")), "handlingCode");
        refused(with(request(null, later), "requestedAgency", "vn.quangnam"), "requestedAgency");
        refused(with(request(null, later), "requestedAgency", "la.nowhere"), "requestedAgency");
        refused(with(request(null, later), "operationId", UUID.randomUUID().toString()), "operationId");
        refused(with(request(null, later), "tipIds", List.of(UUID.randomUUID().toString())), "tipIds[0]");
        assertEquals(before, count("select count(*) from verification_request"));

        String id = Api.analyst(HUE).body(request(null, later)).post("/api/v1/requests").then().statusCode(201).extract().path("id");
        String version = etag(id);
        Api.analyst(SALAVAN).header("If-Match", version).body(answer("DECLINED", null, null)).post("/api/v1/requests/{id}/answer", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        Api.analyst(SALAVAN).header("If-Match", version).body(answer("CONFIRMED", " ", null)).post("/api/v1/requests/{id}/answer", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("findings"));
        Api.analyst(SALAVAN).header("If-Match", version).body(Map.of("result", "MAYBE", "findings", FINDINGS)).post("/api/v1/requests/{id}/answer", id)
                .then().statusCode(400)
                .contentType("application/problem+json");
        Api.analyst(SALAVAN).header("If-Match", version).body(Map.of("message", "")).post("/api/v1/requests/{id}/clarification-requests", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("message"));
        Api.analyst(HUE).queryParam("direction", "sideways").get("/api/v1/requests")
                .then().statusCode(400)
                .contentType("application/problem+json");
        Api.analyst(SALAVAN).get("/api/v1/requests/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("SENT"))
                .header("ETag", equalTo(version));

        // declined with a reason, which is the message's text
        step(SALAVAN, id, "answer", answer("DECLINED", null, "Ngoài phạm vi quy chế phối hợp"), "ANSWERED");
        assertEquals(1L, count("select count(*) from outbox_event where aggregate_id = '" + id + "' and payload->>'message' = 'ANSWERED'"
                + " and payload->>'result' = 'DECLINED' and payload->>'text' = 'Ngoài phạm vi quy chế phối hợp'"));
    }

    private static Map<String, Object> request(UUID operation, Instant deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestingAgency", HUE);
        body.put("requestedAgency", SALAVAN);
        body.put("subject", Map.of("kind", "PERSON", "value", SUBJECT));
        body.put("question", QUESTION);
        body.put("priority", "ROUTINE");
        body.put("deadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("handlingCode", Map.of("tlp", "AMBER", "releasability", "BILATERAL"));
        if (operation != null) {
            body.put("operationId", operation.toString());
        }
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> answer(String result, String findings, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        body.put("findings", findings);
        body.put("reason", reason);
        return body;
    }

    private static void refused(Map<String, Object> body, String field) {
        var response = Api.analyst(HUE).body(body).post("/api/v1/requests")
                .then().statusCode(400)
                .contentType("application/problem+json");
        if (!field.isEmpty()) {
            response.body("violations.field", hasItem(field));
        }
    }

    private static void step(String agency, String id, String step, Map<String, Object> body, String status) {
        Api.analyst(agency).header("If-Match", etag(id)).body(body).post("/api/v1/requests/{id}/" + step, id)
                .then().statusCode(200)
                .contentType("application/json")
                .body("status", equalTo(status));
    }

    private static String etag(String id) {
        return Api.analyst(SALAVAN).get("/api/v1/requests/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    private static long answeredInTime(String agency, String partner) {
        return Api.statistic("requestsAnsweredInTime", agency, partner, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private static long count(String sql) {
        return Database.count(sql);
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return new ObjectMapper().readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
