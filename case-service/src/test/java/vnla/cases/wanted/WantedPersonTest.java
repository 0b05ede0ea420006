package vnla.cases.wanted;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.TipReceived;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.testing.Database;
import vnla.testing.TopicWatcher;

/**
 * A fugitive wanted by Huế, seen in Champasak: the record shared with Champasak under their agreement, sightings from
 * tips of both sides, a handover proposed by Champasak, agreed by Huế and confirmed by both, counted once in the
 * statistics and the review; each side refused the other's steps, and a TLP RED or NATIONAL_ONLY record never seen by
 * the partner.
 */
@QuarkusTest
class WantedPersonTest {

    static final String HUE = "vn.hue";
    static final String CHAMPASAK = "la.champasak";
    static final String NAME = "Hồ Văn Thắng";
    static final String ALIAS_VI = "Thắng Lào";
    static final String ALIAS_LO = "ທ້າວ ທັງ";
    static final String ID_NUMBER = "046088001234";
    static final String WARRANT = "Quyết định truy nã số 15/QĐ-CSĐT ngày 03/3/2026 của Cơ quan CSĐT Công an TP Huế";
    static final String NOTE_LO = "ມີຄົນເຫັນຜູ້ຕ້ອງຫາຂ້າມແມ່ນ້ຳຂອງ ທາງເຮືອ ຕອນເຊົ້າມືດ ບ້ານວັງທອງ";
    static final String NOTE_VI = "Đối tượng được thấy lên thuyền sang bờ Champasak lúc rạng sáng";
    static final String GATE = "Cửa khẩu A Đớt – Tà Vàng";
    static final List<String> IDENTIFYING = List.of(NAME, ALIAS_VI, ALIAS_LO, ID_NUMBER);

    private static boolean agreed;

    @Inject
    TipFeed feed;

    @BeforeEach
    void hueAndChampasakAgreed() {
        if (!agreed) {
            Api.agreement(HUE, CHAMPASAK, "2025-01-01", null);
            agreed = true;
        }
    }

    @Test
    void fugitiveOfHueSeenInChampasakIsHandedOverOnceBothSidesConfirm() throws Exception {
        assertTrue(Normalizer.isNormalized(NAME + ALIAS_VI + ALIAS_LO + NOTE_LO + NOTE_VI + GATE, Normalizer.Form.NFC));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> joint = Api.operation(HUE, List.of(CHAMPASAK), "WANTED_FUGITIVE", List.of("VN-26", "LA-CH"),
                today.minusMonths(1), today.plusMonths(2));
        UUID operation = Api.open(HUE, joint);
        long handedOverBefore = Api.statistic("handovers", HUE, CHAMPASAK, today);

        String id = Api.analyst(HUE).body(wantedPerson(operation, "AMBER", "BILATERAL")).post("/api/v1/wanted-persons")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/wanted-persons/"))
                .body("reference", containsString("WP-"))
                .body("sharedWith", equalTo(List.of()))
                .extract().path("id");
        Api.analyst(CHAMPASAK).get("/api/v1/wanted-persons/{id}", id).then().statusCode(404);
        Api.analyst(CHAMPASAK).body(Map.of("agency", CHAMPASAK)).post("/api/v1/wanted-persons/{id}/shares", id).then().statusCode(404);

        // Huế shares it on purpose; Champasak then reads the identity byte for byte, but does not share it further
        Api.analyst(HUE).body(Map.of("agency", CHAMPASAK)).post("/api/v1/wanted-persons/{id}/shares", id)
                .then().statusCode(201)
                .body("sharedWith.agency", equalTo(List.of(CHAMPASAK)));
        Api.analyst(HUE).body(Map.of("agency", CHAMPASAK)).post("/api/v1/wanted-persons/{id}/shares", id)
                .then().statusCode(409)
                .contentType("application/problem+json");
        Api.analyst(CHAMPASAK).get("/api/v1/wanted-persons/{id}", id)
                .then().statusCode(200)
                .body("fullName", equalTo(NAME))
                .body("aliases", equalTo(List.of(ALIAS_VI, ALIAS_LO)))
                .body("idNumbers", equalTo(List.of(ID_NUMBER)))
                .body("warrantReference", equalTo(WARRANT))
                .body("issuingAgency", equalTo(HUE))
                .body("handlingCode.tlp", equalTo("AMBER"));
        Api.analyst(CHAMPASAK).queryParam("size", 100).get("/api/v1/wanted-persons")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.analyst(CHAMPASAK).body(Map.of("agency", "la.salavan")).post("/api/v1/wanted-persons/{id}/shares", id)
                .then().statusCode(403)
                .contentType("application/problem+json");
        Api.analyst("la.sekong").get("/api/v1/wanted-persons/{id}", id).then().statusCode(404);

        // sightings from tips: Champasak's own tip, and Huế's (Champasak may not use a tip of Huế it does not see)
        TipReceived champasakTip = feed.received(TipFeed.tip(CHAMPASAK, Vocabulary.Category.WANTED_FUGITIVE, "LA-CH",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(6), TipFeed.person(NAME)));
        TipReceived hueTip = feed.received(TipFeed.tip(HUE, Vocabulary.Category.WANTED_FUGITIVE, "VN-26",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(8), TipFeed.person(NAME)));
        Api.analyst(CHAMPASAK).body(sighting(hueTip.tipId(), NOTE_LO, "lo")).post("/api/v1/wanted-persons/{id}/sightings", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("tipId"));
        Api.analyst(HUE).body(sighting(hueTip.tipId(), NOTE_VI, "vi")).post("/api/v1/wanted-persons/{id}/sightings", id)
                .then().statusCode(201)
                .body("agency", equalTo(HUE));
        Api.analyst(CHAMPASAK).body(sighting(champasakTip.tipId(), NOTE_LO, "lo")).post("/api/v1/wanted-persons/{id}/sightings", id)
                .then().statusCode(201)
                .body("tipId", equalTo(champasakTip.tipId().toString()))
                .body("place.provinceCode", equalTo("LA-CH"))
                .body("note", equalTo(NOTE_LO));
        for (String agency : List.of(HUE, CHAMPASAK)) {
            Api.analyst(agency).get("/api/v1/wanted-persons/{id}/sightings", id)
                    .then().statusCode(200)
                    .body("totalItems", equalTo(2))
                    .body("items.note", hasItem(NOTE_LO))
                    .body("items.note", hasItem(NOTE_VI));
        }

        String handover;
        try (TopicWatcher topic = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            // Champasak, holding him, proposes; only Huế agrees; nothing is confirmed before it is agreed
            handover = Api.analyst(CHAMPASAK).body(handover(CHAMPASAK, today)).post("/api/v1/wanted-persons/{id}/handovers", id)
                    .then().statusCode(201)
                    .header("Location", containsString("/handovers/"))
                    .body("status", equalTo("PROPOSED"))
                    .body("receivingAgency", equalTo(HUE))
                    .body("officers.handing[0].name", equalTo("Khamphone Sisavath"))
                    .body("officers.receiving[0].rank", equalTo("Thiếu tá"))
                    .extract().path("id");
            Api.analyst(HUE).body(handover(CHAMPASAK, today)).post("/api/v1/wanted-persons/{id}/handovers", id)
                    .then().statusCode(409)
                    .contentType("application/problem+json");
            step(CHAMPASAK, id, handover, "AGREED").then().statusCode(403).contentType("application/problem+json");
            step(HUE, id, handover, "HANDED_OVER").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("PROPOSED"));
            Api.analyst(HUE).header("If-Match", "\"41\"").body(Map.of("status", "AGREED"))
                    .post("/api/v1/wanted-persons/{id}/handovers/{hid}/status", id, handover)
                    .then().statusCode(412);
            step(HUE, id, handover, "AGREED").then().statusCode(200).body("status", equalTo("AGREED"));

            // each side confirms once; the second confirmation hands him over
            step(CHAMPASAK, id, handover, "HANDED_OVER").then().statusCode(200)
                    .body("status", equalTo("AGREED"))
                    .body("handingConfirmed.by", equalTo("analyst@" + CHAMPASAK))
                    .body("receivingConfirmed", nullValue());
            step(CHAMPASAK, id, handover, "HANDED_OVER").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("already confirmed"));
            step(HUE, id, handover, "HANDED_OVER").then().statusCode(200)
                    .body("status", equalTo("HANDED_OVER"))
                    .body("handedOverAt", notNullValue());
            step(HUE, id, handover, "CANCELLED").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("HANDED_OVER"));

            String key = handover;
            List<ConsumerRecord<String, byte[]>> events = topic.await(r -> r.key().equals(key), 4, Duration.ofSeconds(30));
            assertEquals(List.of("PROPOSED/PROPOSED", "AGREED/AGREED", "CONFIRMED/AGREED", "CONFIRMED/HANDED_OVER"),
                    events.stream().map(r -> field(r.value(), "step") + "/" + field(r.value(), "status")).toList());
            for (ConsumerRecord<String, byte[]> event : events) {
                assertEquals("cases.handover.changed", TopicWatcher.header(event, "ce_type"));
                assertNothingIdentifying("event on " + Topics.CASES_OPERATIONS, new String(event.value(), StandardCharsets.UTF_8));
            }
        }

        for (String agency : List.of(HUE, CHAMPASAK)) {
            Api.analyst(agency).get("/api/v1/wanted-persons/{id}/handovers/{hid}", id, handover)
                    .then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("status", equalTo("HANDED_OVER"))
                    .body("borderGate", equalTo(GATE));
            String timeline = Api.analyst(agency).queryParam("size", 100).get("/api/v1/operations/{id}/timeline", operation)
                    .then().statusCode(200)
                    .body("items.kind", hasItem("HANDOVER_PROPOSED"))
                    .body("items.findAll { it.kind == 'HANDOVER_STATUS_CHANGED' }.details.to", equalTo(List.of("AGREED", "HANDED_OVER")))
                    .body("items.findAll { it.kind == 'HANDOVER_CONFIRMED' }.details.confirmedBy", equalTo(List.of(List.of(CHAMPASAK))))
                    .extract().asString();
            assertNothingIdentifying("the timeline", timeline);
        }
        Api.analyst("la.sekong").get("/api/v1/wanted-persons/{id}/handovers/{hid}", id, handover).then().statusCode(404);
        Api.analyst(CHAMPASAK).body(handover(CHAMPASAK, today)).post("/api/v1/wanted-persons/{id}/handovers", id)
                .then().statusCode(409);

        // counted once, either way round, in the statistics and in the review
        assertEquals(handedOverBefore + 1, Api.statistic("handovers", HUE, CHAMPASAK, today));
        assertEquals(handedOverBefore + 1, Api.statistic("handovers", CHAMPASAK, HUE, today));
        List<String> review = Api.reviewLines(HUE, CHAMPASAK, today.getYear());
        assertTrue(review.contains("Bàn giao đối tượng truy nã " + (handedOverBefore + 1)), String.join("\n", review));
        try (Connection db = Database.asOwner()) {
            List<String> payloads = strings(db, "select payload::text from outbox_event where aggregate_id = '" + handover + "'");
            assertEquals(4, payloads.size());
            payloads.forEach(payload -> assertNothingIdentifying("the outbox", payload));
        }
    }

    @Test
    void redAndNationalOnlyRecordsNeverLeaveTheIssuingAgency() throws SQLException {
        long shares = count("select count(*) from wanted_person_share");
        for (List<String> code : List.of(List.of("RED", "BILATERAL"), List.of("RED", "INTERPOL"), List.of("AMBER", "NATIONAL_ONLY"))) {
            String id = Api.analyst(HUE).body(wantedPerson(null, code.get(0), code.get(1))).post("/api/v1/wanted-persons")
                    .then().statusCode(201)
                    .extract().path("id");
            Api.analyst(HUE).body(Map.of("agency", CHAMPASAK)).post("/api/v1/wanted-persons/{id}/shares", id)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("never leaves " + HUE));
            Api.analyst(HUE).body(handover(CHAMPASAK, LocalDate.now())).post("/api/v1/wanted-persons/{id}/handovers", id)
                    .then().statusCode(400)
                    .body("violations[0].field", equalTo("handingAgency"));
            Api.analyst(HUE).get("/api/v1/wanted-persons/{id}", id).then().statusCode(200).body("fullName", equalTo(NAME));
            Api.analyst(CHAMPASAK).get("/api/v1/wanted-persons/{id}", id).then().statusCode(404);
            Api.analyst(CHAMPASAK).get("/api/v1/wanted-persons/{id}/sightings", id).then().statusCode(404);
            Api.analyst(CHAMPASAK).body(handover(CHAMPASAK, LocalDate.now())).post("/api/v1/wanted-persons/{id}/handovers", id)
                    .then().statusCode(404);
            Api.analyst(CHAMPASAK).queryParam("size", 100).get("/api/v1/wanted-persons")
                    .then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            Api.analyst("vn.mps").get("/api/v1/wanted-persons/{id}", id).then().statusCode(404);
        }
        assertEquals(shares, count("select count(*) from wanted_person_share"));
    }

    @Test
    void onlyTheIssuingAgencyRecordsAndSharesOnlyAcrossTheBorderUnderAnAgreement() throws SQLException {
        Api.noAgreement(HUE, "la.houaphanh");
        long before = count("select count(*) from wanted_person");
        Api.analyst(CHAMPASAK).body(wantedPerson(null, "AMBER", "BILATERAL")).post("/api/v1/wanted-persons")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, count("select count(*) from wanted_person"));

        String id = Api.analyst(HUE).body(wantedPerson(null, "GREEN", "REGIONAL")).post("/api/v1/wanted-persons")
                .then().statusCode(201).extract().path("id");
        Api.analyst(HUE).body(Map.of("agency", "vn.sonla")).post("/api/v1/wanted-persons/{id}/shares", id)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("agency"));
        Api.analyst(HUE).body(Map.of("agency", "la.houaphanh")).post("/api/v1/wanted-persons/{id}/shares", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("No cooperation agreement"));
        Api.analyst("la.houaphanh").get("/api/v1/wanted-persons/{id}", id).then().statusCode(404);
    }

    @Test
    void eitherSideCancelsWithAReasonAndTheProposerDoesNotAgreeItself() {
        String id = Api.analyst(HUE).body(wantedPerson(null, "AMBER", "REGIONAL")).post("/api/v1/wanted-persons")
                .then().statusCode(201).extract().path("id");
        Api.analyst(HUE).body(Map.of("agency", CHAMPASAK)).post("/api/v1/wanted-persons/{id}/shares", id).then().statusCode(201);
        String handover = Api.analyst(HUE).body(handover(CHAMPASAK, LocalDate.now().plusDays(7)))
                .post("/api/v1/wanted-persons/{id}/handovers", id)
                .then().statusCode(201).extract().path("id");
        step(HUE, id, handover, "AGREED").then().statusCode(403);
        step(CHAMPASAK, id, handover, "AGREED").then().statusCode(200);
        step(CHAMPASAK, id, handover, "HANDED_OVER").then().statusCode(409)
                .body("detail", containsString("planned for"));
        step(CHAMPASAK, id, handover, "CANCELLED").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        Api.analyst(CHAMPASAK).header("If-Match", etag(id, handover)).body(Map.of("status", "CANCELLED", "reason", "ຜູ້ຕ້ອງຫາຢູ່ໂຮງໝໍ"))
                .post("/api/v1/wanted-persons/{id}/handovers/{hid}/status", id, handover)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("ຜູ້ຕ້ອງຫາຢູ່ໂຮງໝໍ"));
        Api.analyst(HUE).body(handover(CHAMPASAK, LocalDate.now())).post("/api/v1/wanted-persons/{id}/handovers", id)
                .then().statusCode(201);
        Api.analyst(HUE).get("/api/v1/wanted-persons/{id}/handovers", id)
                .then().statusCode(200)
                .body("items.status", equalTo(List.of("CANCELLED", "PROPOSED")));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() throws SQLException {
        long persons = count("select count(*) from wanted_person");
        Map<String, Object> noName = wantedPerson(null, "AMBER", "BILATERAL");
        noName.remove("fullName");
        refused(noName, "fullName");
        Map<String, Object> badNationality = wantedPerson(null, "AMBER", "BILATERAL");
        badNationality.put("nationality", "Việt Nam");
        refused(badNationality, "nationality");
        Map<String, Object> badBirth = wantedPerson(null, "AMBER", "BILATERAL");
        badBirth.put("dateOfBirth", "1988-13-45");
        refused(badBirth, "dateOfBirth");
        Map<String, Object> unknownAgency = wantedPerson(null, "AMBER", "BILATERAL");
        unknownAgency.put("issuingAgency", "vn.atlantis");
        refused(unknownAgency, "issuingAgency");
        Map<String, Object> noWarrant = wantedPerson(null, "AMBER", "BILATERAL");
        noWarrant.remove("warrantReference");
        refused(noWarrant, "warrantReference");
        Map<String, Object> noHandling = wantedPerson(null, "AMBER", "BILATERAL");
        noHandling.remove("handlingCode");
        refused(noHandling, "handlingCode");
        Map<String, Object> strangeOperation = wantedPerson(UUID.randomUUID(), "AMBER", "BILATERAL");
        refused(strangeOperation, "operationId");
        assertEquals(persons, count("select count(*) from wanted_person"));

        String id = Api.analyst(HUE).body(wantedPerson(null, "AMBER", "BILATERAL")).post("/api/v1/wanted-persons")
                .then().statusCode(201).extract().path("id");
        Api.analyst(HUE).body(Map.of("agency", CHAMPASAK)).post("/api/v1/wanted-persons/{id}/shares", id).then().statusCode(201);
        long sightings = count("select count(*) from wanted_person_sighting");
        long handovers = count("select count(*) from handover");
        Map<String, Object> badProvince = sighting(UUID.randomUUID(), NOTE_VI, "vi");
        badProvince.put("place", Map.of("provinceCode", "Champasak"));
        refused("/api/v1/wanted-persons/{id}/sightings", id, badProvince, "place.provinceCode");
        Map<String, Object> noTip = sighting(UUID.randomUUID(), NOTE_VI, "vi");
        noTip.remove("tipId");
        refused("/api/v1/wanted-persons/{id}/sightings", id, noTip, "tipId");
        refused("/api/v1/wanted-persons/{id}/sightings", id, sighting(UUID.randomUUID(), NOTE_VI, "vi"), "tipId");
        Map<String, Object> noOfficers = handover(CHAMPASAK, LocalDate.now());
        noOfficers.put("handingOfficers", List.of());
        refused("/api/v1/wanted-persons/{id}/handovers", id, noOfficers, "handingOfficers");
        Map<String, Object> noGate = handover(CHAMPASAK, LocalDate.now());
        noGate.remove("borderGate");
        refused("/api/v1/wanted-persons/{id}/handovers", id, noGate, "borderGate");
        refused("/api/v1/wanted-persons/{id}/handovers", id, handover("la.salavan", LocalDate.now()), "handingAgency");
        Map<String, Object> badDate = handover(CHAMPASAK, LocalDate.now());
        badDate.put("date", "2026-02-30");
        refused("/api/v1/wanted-persons/{id}/handovers", id, badDate, "date");
        assertEquals(sightings, count("select count(*) from wanted_person_sighting"));
        assertEquals(handovers, count("select count(*) from handover"));
    }

    /** Huế's record of the fugitive, under the handling code given. */
    static Map<String, Object> wantedPerson(UUID operation, String tlp, String releasability) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuingAgency", HUE);
        body.put("fullName", NAME);
        body.put("aliases", List.of(ALIAS_VI, ALIAS_LO));
        body.put("dateOfBirth", "1988-09-02");
        body.put("nationality", "VN");
        body.put("idNumbers", List.of(ID_NUMBER));
        body.put("warrantReference", WARRANT);
        body.put("offenceCategory", "DRUG_TRAFFICKING");
        body.put("handlingCode", Map.of("tlp", tlp, "releasability", releasability));
        body.put("note", "Đối tượng cầm đầu đường dây vận chuyển ma túy tổng hợp qua biên giới");
        if (operation != null) {
            body.put("operationId", operation.toString());
        }
        return body;
    }

    static Map<String, Object> sighting(UUID tip, String note, String language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tipId", tip.toString());
        body.put("place", Map.of("provinceCode", "LA-CH", "district", "Khong", "borderPoint", "Bến đò bản Vang Thong"));
        body.put("seenAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(5).toString());
        body.put("note", note);
        body.put("language", language);
        return body;
    }

    static Map<String, Object> handover(String handing, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("handingAgency", handing);
        body.put("borderGate", GATE);
        body.put("date", date.toString());
        body.put("handingOfficers", List.of(Map.of("name", "Khamphone Sisavath", "rank", "ພັນຕີ")));
        body.put("receivingOfficers", List.of(Map.of("name", "Nguyễn Văn Hùng", "rank", "Thiếu tá"),
                Map.of("name", "Lê Thị Thu", "rank", "Đại úy")));
        body.put("note", "Bàn giao theo biên bản thỏa thuận giữa hai bên");
        return body;
    }

    private static Response step(String agency, String id, String handover, String status) {
        return Api.analyst(agency).header("If-Match", etag(id, handover)).body(Map.of("status", status))
                .post("/api/v1/wanted-persons/{id}/handovers/{hid}/status", id, handover);
    }

    private static String etag(String id, String handover) {
        return Api.analyst(HUE).get("/api/v1/wanted-persons/{id}/handovers/{hid}", id, handover).then().statusCode(200).extract().header("ETag");
    }

    private static void refused(Map<String, Object> body, String field) {
        Api.analyst(HUE).body(body).post("/api/v1/wanted-persons")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static void refused(String path, String id, Map<String, Object> body, String field) {
        Api.analyst(CHAMPASAK).body(body).post(path, id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static String field(byte[] event, String name) {
        try {
            JsonNode node = new ObjectMapper().readTree(event);
            return node.get(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNothingIdentifying(String where, String text) {
        for (String value : IDENTIFYING) {
            assertFalse(text.contains(value), where + " holds \"" + value + "\"");
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = Database.asOwner(); ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
