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
import static vnla.notification.workinggroup.WorkingGroups.LEADER;
import static vnla.notification.workinggroup.WorkingGroups.count;
import static vnla.notification.workinggroup.WorkingGroups.groupLiaison;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.testing.TestClock;
import vnla.testing.WebhookReceiver;

/**
 * The Huế working group stationed in Salavan from 2025-11-29 to 2025-12-29 (Indochina Time, both days inclusive) receives
 * Salavan's alerts for LA-SL at its own webhook and acknowledges them during that period only. The services' clock is
 * moved into and past the period, never waited on.
 */
@QuarkusTest
class WorkingGroupAlertsTest {

    @Inject
    EventCodec codec;

    @Inject
    TestClock clock;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        WorkingGroups.closeAll(groups);
        receivers.forEach(WebhookReceiver::close);
        clock.reset();
    }

    @Test
    void huesGroupInSalavanReceivesSalavansAlertsForItsAreaDuringItsPeriodOnly() {
        at("2025-12-10T03:00:00Z");
        String group = WorkingGroups.register(groups);
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
                    .body("items.subscriptionId", hasItem(salavanSubscription))
                    .body("items.subscriptionId", not(hasItem(groupSubscription)));
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
    void beforeItsPeriodTheGroupReceivesNothing() {
        at("2025-11-28T16:30:00Z"); // 23:30 on 2025-11-28 in Indochina Time
        String group = WorkingGroups.register(groups);
        WebhookReceiver groupReceiver = receiver();
        String groupSubscription = subscribeGroup(group, groupReceiver);
        String before = alertToSalavan();
        assertEquals(0, deliveriesTo(groupSubscription, before));
        given().auth().oauth2(groupLiaison(group))
                .when().get("/api/v1/alerts/{id}", before)
                .then().statusCode(404);
    }

    @Test
    void groupAcknowledgesDuringItsPeriodAndGets403AfterItWithNothingChanged() {
        at("2025-12-10T03:00:00Z");
        String group = WorkingGroups.register(groups);
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
    void aClosedGroupReceivesNothingAndCannotAcknowledge() {
        at("2025-12-10T03:00:00Z");
        String group = WorkingGroups.register(groups);
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

    private static boolean received(String group, String alert) {
        return count("select count(*) from working_group_alert where group_id = '" + group + "' and alert_id = '" + alert + "'") == 1;
    }

    /** Deliveries of the alert to the subscription: written in the transaction that issued the alert, or never. */
    private static long deliveriesTo(String subscription, String alert) {
        return count("select count(*) from delivery where subscription_id = '" + subscription + "' and alert_id = '" + alert + "'");
    }
}
