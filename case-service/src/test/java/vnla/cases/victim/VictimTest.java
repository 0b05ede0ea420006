package vnla.cases.victim;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vnla.cases.Api;
import vnla.common.event.Topics;
import vnla.testing.Database;
import vnla.testing.TopicWatcher;

/**
 * A trafficking victim referred by Savannakhet and returned to Quảng Nam: each side takes its own steps, custodians of
 * both read the identity byte for byte after a second person approved, every step audited, and nothing else anywhere (reads, list, timeline, statistics,
 * outbox, topic, database column, log) holds a single identifying value.
 */
@QuarkusTest
class VictimTest {

    static final String SAVANNAKHET = "la.savannakhet";
    static final String QUANG_NAM = "vn.quangnam";
    static final String NAME = "Nguyễn Thị Hằng";
    static final String BIRTH = "2004-03-17";
    static final String ID_NUMBER = "049304001234";
    static final String ADDRESS = "Thôn Đắc Pre, xã Đắc Pring, huyện Nam Giang, tỉnh Quảng Nam";
    static final String PHONE = "+84 905 123 456";
    static final String PHOTO = "SVK-ANH-2026-0042";
    /** What must appear nowhere but in a custodian's read. Nationality (VN) is too common a string to look for. */
    static final List<String> IDENTIFYING = List.of(NAME, "Hằng", BIRTH, ID_NUMBER, ADDRESS, "Đắc Pre", PHONE, "905 123 456", PHOTO);
    static final String NOTE = "ພົບຜູ້ເສຍຫາຍຢູ່ດ່ານຊາຍແດນ ແຂວງສະຫວັນນະເຂດ, ຕ້ອງການການປິ່ນປົວ";
    static final String REASON = "Xác minh nhân thân để hỗ trợ tái hòa nhập cộng đồng";
    static final String GATE = "Cửa khẩu quốc tế Lao Bảo – Densavanh";

    private static boolean agreed;

    @Inject
    VictimAudit audit;

    @BeforeEach
    void savannakhetAndQuangNamAgreed() {
        if (!agreed) {
            Api.agreement(SAVANNAKHET, QUANG_NAM, "2025-01-01", null);
            agreed = true;
        }
    }

    @Test
    void victimReturnedFromSavannakhetToQuangNamKeepsHerIdentitySealed() throws Exception {
        assertTrue(Normalizer.isNormalized(NAME + ADDRESS + NOTE, Normalizer.Form.NFC));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> joint = Api.operation(SAVANNAKHET, List.of(QUANG_NAM), "HUMAN_TRAFFICKING", List.of("LA-SV", "VN-27"),
                today.minusMonths(1), today.plusMonths(2));
        joint.remove("workingGroups");
        UUID operation = Api.open(SAVANNAKHET, joint);
        long returnedBefore = Api.statistic("victimsReturned", QUANG_NAM, SAVANNAKHET, today);
        List<String> reads = new ArrayList<>();
        String id;
        try (TopicWatcher topic = TopicWatcher.watch(Topics.CASES_OPERATIONS)) {
            Response referred = Api.analyst(SAVANNAKHET).body(referral(operation)).post("/api/v1/victims");
            referred.then().statusCode(201)
                    .header("Location", containsString("/api/v1/victims/"))
                    .body("status", equalTo("REFERRED"))
                    .body("referringAgency", equalTo(SAVANNAKHET))
                    .body("receivingAgency", equalTo(QUANG_NAM))
                    .body("note", equalTo(NOTE))
                    .body("identity", nullValue());
            reads.add(referred.asString());
            id = referred.path("id");

            // the referring side cannot identify, the receiving side cannot receive before the return
            Api.analyst(SAVANNAKHET).header("If-Match", etag(id)).body(Map.of("status", "IDENTIFIED")).post("/api/v1/victims/{id}/status", id)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            Api.analyst(QUANG_NAM).header("If-Match", etag(id)).body(Map.of("status", "RECEIVED")).post("/api/v1/victims/{id}/status", id)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("REFERRED"));
            Api.analyst(QUANG_NAM).header("If-Match", etag(id)).body(Map.of("status", "RETURNED", "borderGate", GATE, "returnedOn", today.toString()))
                    .post("/api/v1/victims/{id}/status", id)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            assertEquals("REFERRED", Api.analyst(SAVANNAKHET).get("/api/v1/victims/{id}", id).path("status"));

            move(QUANG_NAM, id, Map.of("status", "IDENTIFIED"), reads);
            Api.analyst(SAVANNAKHET).header("If-Match", etag(id)).body(Map.of("status", "RETURNED")).post("/api/v1/victims/{id}/status", id)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("borderGate"));
            move(SAVANNAKHET, id, Map.of("status", "RETURNED", "borderGate", GATE, "returnedOn", today.toString()), reads);
            move(QUANG_NAM, id, Map.of("status", "RECEIVED"), reads);
            Api.analyst(QUANG_NAM).header("If-Match", etag(id)).body(Map.of("status", "RECEIVED")).post("/api/v1/victims/{id}/status", id)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("RECEIVED"));

            String referralId = id;
            List<ConsumerRecord<String, byte[]>> events = topic.await(r -> r.key().equals(referralId), 4, Duration.ofSeconds(30));
            assertEquals(List.of("REFERRED", "IDENTIFIED", "RETURNED", "RECEIVED"), events.stream()
                    .map(r -> status(r.value())).toList());
            for (ConsumerRecord<String, byte[]> event : events) {
                assertEquals("cases.victim.status-changed", TopicWatcher.header(event, "ce_type"));
                assertNothingIdentifying("event on " + Topics.CASES_OPERATIONS, new String(event.value(), StandardCharsets.UTF_8));
            }
        }

        // custodians of both sides read the identity byte for byte, each after a second person of its agency approved
        for (String agency : List.of(SAVANNAKHET, QUANG_NAM)) {
            String request = Api.as("custodian", agency).body(Map.of("reason", REASON))
                    .post("/api/v1/victims/{id}/identity-disclosure-requests", id)
                    .then().statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .extract().path("id");
            Api.as("custodian", agency).body(Map.of("approve", true, "reason", "Tự phê duyệt yêu cầu của mình"))
                    .post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/decision", id, request)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
            Api.as("custodian", agency).post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/disclosure", id, request)
                    .then().statusCode(409)
                    .contentType("application/problem+json");
            Api.as("admin", agency).body(Map.of("approve", true, "reason", "Đồng ý: phục vụ trao trả nạn nhân"))
                    .post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/decision", id, request)
                    .then().statusCode(200)
                    .body("status", equalTo("APPROVED"));
            Api.as("custodian", agency).post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/disclosure", id, request)
                    .then().statusCode(200)
                    .body("fullName", equalTo(NAME))
                    .body("dateOfBirth", equalTo(BIRTH))
                    .body("idNumber", equalTo(ID_NUMBER))
                    .body("nationality", equalTo("VN"))
                    .body("homeAddress", equalTo(ADDRESS))
                    .body("phone", equalTo(PHONE))
                    .body("photoReference", equalTo(PHOTO));
            Api.as("custodian", agency).post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/disclosure", id, request)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("already used"));
            String other = agency.equals(SAVANNAKHET) ? QUANG_NAM : SAVANNAKHET;
            Api.as("admin", other).body(Map.of("approve", true, "reason", "Phê duyệt thay đơn vị bạn"))
                    .post("/api/v1/victims/{id}/identity-disclosure-requests/{rid}/decision", id, request)
                    .then().statusCode(404);
        }
        Api.as("custodian", QUANG_NAM).get("/api/v1/victims/{id}/identity-disclosures", id)
                .then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.action", equalTo(List.of("REQUESTED", "APPROVED", "READ", "REQUESTED", "APPROVED", "READ")))
                .body("items.actor", equalTo(List.of("custodian@" + SAVANNAKHET, "admin@" + SAVANNAKHET, "custodian@" + SAVANNAKHET,
                        "custodian@" + QUANG_NAM, "admin@" + QUANG_NAM, "custodian@" + QUANG_NAM)))
                .body("items.agency", equalTo(List.of(SAVANNAKHET, SAVANNAKHET, SAVANNAKHET, QUANG_NAM, QUANG_NAM, QUANG_NAM)))
                .body("items[0].reason", equalTo(REASON))
                .body("items[0].at", not(nullValue()));
        assertTrue(audit.verify().intact());

        // no one else reads it: an analyst is refused, another agency's custodian does not even see the referral
        Api.analyst(QUANG_NAM).body(Map.of("reason", "Muốn biết tên nạn nhân để báo cáo"))
                .post("/api/v1/victims/{id}/identity-disclosure-requests", id)
                .then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("custodian", "la.sekong").body(Map.of("reason", "Muốn biết tên nạn nhân để báo cáo"))
                .post("/api/v1/victims/{id}/identity-disclosure-requests", id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        Api.analyst("la.sekong").get("/api/v1/victims/{id}", id).then().statusCode(404);
        assertEquals(6, Api.as("custodian", SAVANNAKHET).get("/api/v1/victims/{id}/identity-disclosures", id).<Integer>path("totalItems").intValue());

        // what analysts of both sides read: the referral, the lists, the timeline, the statistics, the review
        for (String agency : List.of(SAVANNAKHET, QUANG_NAM)) {
            reads.add(Api.analyst(agency).get("/api/v1/victims/{id}", id)
                    .then().statusCode(200)
                    .body("status", equalTo("RECEIVED"))
                    .body("borderGate", equalTo(GATE))
                    .body("returnedOn", equalTo(today.toString()))
                    .body("note", equalTo(NOTE))
                    .extract().asString());
            reads.add(Api.analyst(agency).queryParam("status", "RECEIVED").get("/api/v1/victims")
                    .then().statusCode(200)
                    .body("items.id", hasItem(id))
                    .extract().asString());
            reads.add(Api.analyst(agency).get("/api/v1/operations/{id}/timeline", operation)
                    .then().statusCode(200)
                    .body("items.kind", hasItem("VICTIM_REFERRED"))
                    .body("items.findAll { it.kind == 'VICTIM_STATUS_CHANGED' }.details.to", equalTo(List.of("IDENTIFIED", "RETURNED", "RECEIVED")))
                    .extract().asString());
        }
        assertEquals(returnedBefore + 1, Api.statistic("victimsReturned", QUANG_NAM, SAVANNAKHET, today));
        assertEquals(returnedBefore + 1, Api.statistic("victimsReturned", SAVANNAKHET, QUANG_NAM, today));
        reads.add(Api.analyst(QUANG_NAM).queryParam("agency", QUANG_NAM).queryParam("from", today.withDayOfYear(1).toString())
                .queryParam("to", today.toString()).get("/api/v1/statistics").asString());
        List<String> review = Api.reviewLines(QUANG_NAM, SAVANNAKHET, today.getYear());
        assertTrue(review.contains("Nạn nhân được trao trả " + (returnedBefore + 1)), String.join("\n", review));
        reads.addAll(review);
        reads.forEach(read -> assertNothingIdentifying("a read by an analyst", read));

        // behind the API: the outbox, the sealed column, the whole row and the service's log
        try (Connection db = Database.asOwner()) {
            List<String> payloads = strings(db, "select payload::text from outbox_event where aggregate_id = '" + id + "'");
            assertEquals(4, payloads.size());
            payloads.forEach(payload -> assertNothingIdentifying("the outbox", payload));
            byte[] sealed = bytes(db, "select identity from victim_referral where id = '" + id + "'");
            assertNothingIdentifying("the identity column", new String(sealed, StandardCharsets.UTF_8));
            assertNothingIdentifying("the identity column (hex)", HexFormat.of().formatHex(sealed));
            assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(ID_NUMBER));
            strings(db, "select v::text from victim_referral v where id = '" + id + "'").forEach(row -> assertNothingIdentifying("the row", row));
            strings(db, "select t::text from timeline_entry t where operation_id = '" + operation + "'")
                    .forEach(row -> assertNothingIdentifying("the timeline table", row));
        }
        Path log = Path.of("target/quarkus.log");
        assertTrue(Files.exists(log), "the test profile writes the service's log to " + log.toAbsolutePath());
        assertNothingIdentifying("the service's log", Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void badReferralsAreRefusedNamingTheFieldAndStoreNothing() throws SQLException {
        long before = count("select count(*) from victim_referral");
        long events = count("select count(*) from outbox_event where type = 'cases.victim.status-changed'");

        Map<String, Object> noName = referral(null);
        identity(noName).remove("fullName");
        refused(noName, "identity.fullName");
        Map<String, Object> badNationality = referral(null);
        identity(badNationality).put("nationality", "Việt Nam");
        refused(badNationality, "identity.nationality");
        Map<String, Object> badBirth = referral(null);
        identity(badBirth).put("dateOfBirth", "2004-13-45");
        refused(badBirth, "identity.dateOfBirth");
        Map<String, Object> sameCountry = referral(null);
        sameCountry.put("receivingAgency", "la.sekong");
        refused(sameCountry, "receivingAgency");
        Map<String, Object> unknownAgency = referral(null);
        unknownAgency.put("receivingAgency", "vn.atlantis");
        refused(unknownAgency, "receivingAgency");
        Map<String, Object> strangeOperation = referral(UUID.randomUUID());
        refused(strangeOperation, "operationId");
        Map<String, Object> unseenTip = referral(null);
        unseenTip.put("tipIds", List.of(UUID.randomUUID().toString()));
        refused(unseenTip, "tipIds[0]");
        Map<String, Object> badNeed = referral(null);
        badNeed.put("needs", List.of("MONEY"));
        refused(badNeed, "needs[0]");

        assertEquals(before, count("select count(*) from victim_referral"));
        assertEquals(events, count("select count(*) from outbox_event where type = 'cases.victim.status-changed'"));
    }

    @Test
    void onlyTheReferringAgencyRefersAndOnlyUnderAnAgreementInForce() throws SQLException {
        Api.noAgreement(SAVANNAKHET, "vn.hue");
        long before = count("select count(*) from victim_referral");

        Api.analyst(QUANG_NAM).body(referral(null)).post("/api/v1/victims")
                .then().statusCode(403)
                .contentType("application/problem+json");
        Map<String, Object> toHue = referral(null);
        toHue.put("receivingAgency", "vn.hue");
        Api.analyst(SAVANNAKHET).body(toHue).post("/api/v1/victims")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("HUMAN_TRAFFICKING"));

        assertEquals(before, count("select count(*) from victim_referral"));
    }

    private static String status(byte[] event) {
        try {
            return new ObjectMapper().readTree(event).get("status").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(String agency, String id, Map<String, Object> step, List<String> reads) {
        reads.add(Api.analyst(agency).header("If-Match", etag(id)).body(step).post("/api/v1/victims/{id}/status", id)
                .then().statusCode(200)
                .contentType("application/json")
                .body("status", equalTo(step.get("status")))
                .extract().asString());
    }

    private static void refused(Map<String, Object> body, String field) {
        Api.analyst(SAVANNAKHET).body(body).post("/api/v1/victims")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static String etag(String id) {
        return Api.analyst(QUANG_NAM).get("/api/v1/victims/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** A referral of the victim, from Savannakhet to Quảng Nam. */
    static Map<String, Object> referral(UUID operation) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("fullName", NAME);
        identity.put("dateOfBirth", BIRTH);
        identity.put("idNumber", ID_NUMBER);
        identity.put("nationality", "VN");
        identity.put("homeAddress", ADDRESS);
        identity.put("phone", PHONE);
        identity.put("photoReference", PHOTO);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referringAgency", SAVANNAKHET);
        body.put("receivingAgency", QUANG_NAM);
        body.put("identity", identity);
        body.put("sex", "FEMALE");
        body.put("ageBand", "ADULT");
        body.put("needs", List.of("MEDICAL", "SHELTER"));
        body.put("note", NOTE);
        if (operation != null) {
            body.put("operationId", operation.toString());
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> identity(Map<String, Object> referral) {
        return (Map<String, Object>) referral.get("identity");
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
        List<String> values = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static byte[] bytes(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getBytes(1);
        }
    }
}
