package vnla.notification.workinggroup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.testing.Database;
import vnla.testing.TestClock;
import vnla.testing.Tokens;
import vnla.testing.WebhookReceiver;

/**
 * The Huế working group stationed in Salavan from 2025-11-29 to 2025-12-29 (Indochina Time, both days inclusive) receives
 * Salavan's alerts for LA-SL at its own webhook and acknowledges them during that period only. The services' clock is
 * moved into and past the period, never waited on.
 */
@QuarkusTest
class WorkingGroupTest {

    static final String NAME = "Tổ công tác thường trực Công an TP Huế tại Salavan";
    static final String LEADER = "Nguyễn Văn Đức";

    @Inject
    EventCodec codec;

    @Inject
    TestClock clock;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        // a group left open would take the alerts of a later test stationed in the same days
        groups.forEach(id -> given().auth().oauth2(Fixtures.admin(Fixtures.HUE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Kết thúc kiểm thử")).post("/api/v1/working-groups/{id}/closure", id));
        receivers.forEach(WebhookReceiver::close);
        clock.reset();
    }

    @Test
    void huesGroupInSalavanReceivesSalavansAlertsForItsAreaDuringItsPeriodOnly() throws Exception {
        at("2025-12-10T03:00:00Z");
        String group = register();
        WebhookReceiver groupReceiver = receiver();
        String groupSubscription = subscribeGroup(group, groupReceiver);
        WebhookReceiver salavanReceiver = receiver();
        String salavanSubscription = Fixtures.subscribeWebhook(Fixtures.SALAVAN, salavanReceiver);
        try {
            // in the period: the host's alert for LA-SL reaches both, signed alike
            String during = alertToSalavan();
            await().atMost(Duration.ofSeconds(30)).until(() -> groupReceiver.callsFor(during).size() == 1
                    && salavanReceiver.callsFor(during).size() == 1);
            WebhookReceiver.Call call = groupReceiver.callsFor(during).get(0);
            assertTrue(call.verified());
            assertEquals(Fixtures.SALAVAN, call.json().path("data").path("recipientAgency").asText());
            assertEquals("LA-SL", call.json().path("data").path("area").path("provinceCode").asText());
            given().auth().oauth2(groupLiaison(group))
                    .when().get("/api/v1/alerts/{id}", during)
                    .then().statusCode(200)
                    .body("id", equalTo(during))
                    .body("recipientAgency", equalTo(Fixtures.SALAVAN));
            given().auth().oauth2(groupLiaison(group))
                    .when().get("/api/v1/alerts")
                    .then().statusCode(200)
                    .body("items.id", hasItem(during));
            // the host sees its own delivery only; the group sees no delivery of the host's
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                    .when().get("/api/v1/alerts/{id}/deliveries", during)
                    .then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].subscriptionId", equalTo(salavanSubscription));
            given().auth().oauth2(groupLiaison(group))
                    .when().get("/api/v1/alerts/{id}/deliveries", during)
                    .then().statusCode(404);

            // the last day counts until midnight in Indochina Time: 23:30 on 2025-12-29 there
            at("2025-12-29T16:30:00Z");
            String lastEvening = alertToSalavan();
            await().atMost(Duration.ofSeconds(30)).until(() -> groupReceiver.callsFor(lastEvening).size() == 1);

            // past the period (00:30 on 2025-12-30 there): the host still gets it, the group nothing
            at("2025-12-29T17:30:00Z");
            String after = alertToSalavan();
            await().atMost(Duration.ofSeconds(30)).until(() -> salavanReceiver.callsFor(after).size() == 1);
            assertEquals(0, deliveriesTo(groupSubscription, after));
            assertEquals(List.of(), groupReceiver.drainFor(after, Duration.ofSeconds(2)));
            given().auth().oauth2(groupLiaison(group))
                    .when().get("/api/v1/alerts/{id}", after)
                    .then().statusCode(404);
            given().auth().oauth2(groupLiaison(group))
                    .when().get("/api/v1/alerts")
                    .then().statusCode(200)
                    .body("items.id", hasItem(lastEvening))
                    .body("items.id", not(hasItem(after)));
        } finally {
            Fixtures.unsubscribe(Fixtures.SALAVAN, salavanSubscription);
        }
    }

    @Test
    void beforeItsPeriodTheGroupReceivesNothing() throws Exception {
        at("2025-11-28T16:30:00Z"); // 23:30 on 2025-11-28 in Indochina Time
        String group = register();
        WebhookReceiver groupReceiver = receiver();
        String groupSubscription = subscribeGroup(group, groupReceiver);
        String before = alertToSalavan();
        assertEquals(0, deliveriesTo(groupSubscription, before));
        given().auth().oauth2(groupLiaison(group))
                .when().get("/api/v1/alerts/{id}", before)
                .then().statusCode(404);
    }

    @Test
    void groupAcknowledgesDuringItsPeriodAndGets403AfterItWithNothingChanged() throws Exception {
        at("2025-12-10T03:00:00Z");
        String group = register();
        subscribeGroup(group, receiver());
        String first = alertToSalavan();
        String second = alertToSalavan();
        await().atMost(Duration.ofSeconds(30)).until(() -> received(group, second));

        given().auth().oauth2(groupLiaison(group)).contentType(ContentType.JSON)
                .body(Map.of("officerName", LEADER, "officerRank", "Thiếu tá"))
                .when().post("/api/v1/alerts/{id}/acknowledgements", first)
                .then().statusCode(201)
                .body("officerName", equalTo(LEADER))
                .body("workingGroupId", equalTo(group));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                .when().get("/api/v1/alerts/{id}", first)
                .then().statusCode(200)
                .body("acknowledgement.officerName", equalTo(LEADER))
                .body("acknowledgement.workingGroupId", equalTo(group));

        at("2025-12-30T03:00:00Z");
        given().auth().oauth2(groupLiaison(group)).contentType(ContentType.JSON)
                .body(Map.of("officerName", LEADER, "officerRank", "Thiếu tá"))
                .when().post("/api/v1/alerts/{id}/acknowledgements", second)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("period ended on 2025-12-29"));
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                .when().get("/api/v1/alerts/{id}", second)
                .then().statusCode(200)
                .body("acknowledgement", nullValue());
        assertEquals(0, count("select count(*) from acknowledgement where alert_id = '" + second + "'"));
    }

    @Test
    void aClosedGroupReceivesNothingAndCannotAcknowledge() throws Exception {
        at("2025-12-10T03:00:00Z");
        String group = register();
        String groupSubscription = subscribeGroup(group, receiver());
        String received = alertToSalavan();
        await().atMost(Duration.ofSeconds(30)).until(() -> received(group, received));

        given().auth().oauth2(Fixtures.admin(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Hết nhiệm vụ"))
                .when().post("/api/v1/working-groups/{id}/closure", group)
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Fixtures.admin(Fixtures.HUE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Tổ công tác hoàn thành nhiệm vụ, rút về nước"))
                .when().post("/api/v1/working-groups/{id}/closure", group)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("Tổ công tác hoàn thành nhiệm vụ, rút về nước"));

        String later = alertToSalavan();
        assertEquals(0, deliveriesTo(groupSubscription, later));
        given().auth().oauth2(groupLiaison(group)).contentType(ContentType.JSON)
                .body(Map.of("officerName", LEADER))
                .when().post("/api/v1/alerts/{id}/acknowledgements", received)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("closed"));
    }

    @Test
    void registeredGroupKeepsItsTextByteExactAndIsSeenByItsOriginAndHostOnly() {
        String group = register();
        given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN))
                .when().get("/api/v1/working-groups/{id}", group)
                .then().statusCode(200)
                .body("name", equalTo(NAME))
                .body("originAgency", equalTo(Fixtures.HUE))
                .body("hostAgency", equalTo(Fixtures.SALAVAN))
                .body("hostArea", equalTo("LA-SL"))
                .body("period.from", equalTo("2025-11-29"))
                .body("period.to", equalTo("2025-12-29"))
                .body("members[0].name", equalTo(LEADER))
                .body("members[1].name", equalTo("ສົມພອນ ແກ້ວມະນີ"))
                .body("members[0].roster[0].to", equalTo("2025-12-14"))
                .body("onDutyContact.name", equalTo("Trần Minh Quân"))
                .body("status", equalTo("OPEN"));
        given().auth().oauth2(Fixtures.admin(Fixtures.SEKONG))
                .when().get("/api/v1/working-groups/{id}", group)
                .then().statusCode(404);
        assertEquals(NAME, text("select name from working_group where id = '" + group + "'"));
    }

    @Test
    void rejectsBadGroupsNamingTheFieldAndStoresNothing() throws Exception {
        long groupsBefore = count("select count(*) from working_group");
        long membersBefore = count("select count(*) from working_group_member");
        Map<String, Object> endsBeforeItStarts = group(Map.of("from", "2025-12-29", "to", "2025-11-29"));
        rejected(endsBeforeItStarts, "period.to");
        rejected(group(Map.of("from", "2025-11-29")), "period.to");
        rejected(group(Map.of("to", "2025-12-29")), "period.from");
        Map<String, Object> notTheHostsProvince = group(period());
        notTheHostsProvince.put("hostArea", "LA-XE");
        rejected(notTheHostsProvince, "hostArea");
        Map<String, Object> hostedAtHome = group(period());
        hostedAtHome.put("hostAgency", Fixtures.HUE);
        hostedAtHome.put("hostArea", "VN-26");
        rejected(hostedAtHome, "hostAgency");
        Map<String, Object> ministryHost = group(period());
        ministryHost.put("hostAgency", "la.mps");
        rejected(ministryHost, "hostAgency");
        Map<String, Object> shiftOutside = group(period());
        shiftOutside.put("members", List.of(member(LEADER, "2025-12-20", "2026-01-05")));
        rejected(shiftOutside, "members[0].roster[0]");
        Map<String, Object> noMembers = group(period());
        noMembers.put("members", List.of());
        rejected(noMembers, "members");
        given().auth().oauth2(Fixtures.admin(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(group(period()))
                .when().post("/api/v1/working-groups")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(groupsBefore, count("select count(*) from working_group"));
        assertEquals(membersBefore, count("select count(*) from working_group_member"));
    }

    @Test
    void aTokenNamingAnotherAgencysGroupIsRefused() {
        String group = register();
        given().auth().oauth2(groupToken(Fixtures.SEKONG, group))
                .when().get("/api/v1/alerts")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(groupLiaison(group)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("channel"));
    }

    // --- steps and data

    /** Moves the services' clock to {@code instant} (backwards too: the period is in 2025). */
    private void at(String instant) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), Instant.parse(instant)));
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    /** Huế's admin registers its group in Salavan for 2025-11-29..2025-12-29; returns its id. */
    private String register() {
        String id = given().auth().oauth2(Fixtures.admin(Fixtures.HUE)).contentType(ContentType.JSON)
                .body(group(period()))
                .when().post("/api/v1/working-groups")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/working-groups/"))
                .body("name", equalTo(NAME))
                .body("status", equalTo("OPEN"))
                .extract().path("id");
        groups.add(id);
        return id;
    }

    private String subscribeGroup(String group, WebhookReceiver receiver) {
        var created = given().auth().oauth2(groupLiaison(group)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEBHOOK", "url", receiver.url(), "description", "Tổ công tác tại Salavan"))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .body("agencyId", equalTo(Fixtures.HUE))
                .body("workingGroupId", equalTo(group))
                .extract();
        receiver.trust(created.path("secret"));
        return created.path("id");
    }

    /** Huế's alert request to Salavan for LA-SL; returns Salavan's alert id once it exists. */
    private String alertToSalavan() {
        AlertRequested request = Fixtures.request(Fixtures.SALAVAN, Vocabulary.Priority.URGENT);
        Fixtures.send(codec, request);
        return Fixtures.awaitAlert(Fixtures.SALAVAN, request);
    }

    static Map<String, Object> period() {
        return Map.of("from", "2025-11-29", "to", "2025-12-29");
    }

    static Map<String, Object> group(Map<String, Object> period) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", NAME);
        body.put("originAgency", Fixtures.HUE);
        body.put("hostAgency", Fixtures.SALAVAN);
        body.put("hostArea", "LA-SL");
        body.put("period", period);
        body.put("members", List.of(member(LEADER, "2025-11-29", "2025-12-14"), member("ສົມພອນ ແກ້ວມະນີ", "2025-12-15", "2025-12-29")));
        body.put("onDutyContact", Map.of("name", "Trần Minh Quân", "rank", "Trung tá", "phone", "+856 20 5555 0101"));
        return body;
    }

    static Map<String, Object> member(String name, String from, String to) {
        return Map.of("name", name, "rank", "Thiếu tá", "phone", "+84 234 382 2000", "roster", List.of(Map.of("from", from, "to", to)));
    }

    private static void rejected(Map<String, Object> body, String field) {
        given().auth().oauth2(Fixtures.admin(Fixtures.HUE)).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/working-groups")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    /** A liaison officer of Huế acting for the group: claim working_group beside agency. */
    static String groupLiaison(String group) {
        return groupToken(Fixtures.HUE, group);
    }

    static String groupToken(String agency, String group) {
        try {
            return Jwt.issuer(Tokens.ISSUER)
                    .audience(Tokens.AUDIENCE)
                    .subject("liaison-officer@" + agency + "/" + group)
                    .groups(Set.of("liaison-officer"))
                    .claim("agency", agency)
                    .claim(WorkingGroupService.CLAIM, group)
                    .expiresIn(3600)
                    .jws().keyId("dev")
                    .sign(KeyUtils.readPrivateKey("dev-keys/privateKey.pem"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean received(String group, String alert) throws Exception {
        return count("select count(*) from working_group_alert where group_id = '" + group + "' and alert_id = '" + alert + "'") == 1;
    }

    private static long deliveriesTo(String subscription, String alert) throws Exception {
        return count("select count(*) from delivery where subscription_id = '" + subscription + "' and alert_id = '" + alert + "'");
    }

    private static long count(String sql) throws Exception {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) {
        try (Connection db = Database.asRuntimeRole(); PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
