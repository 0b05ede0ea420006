package vnla.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vnla.common.event.AlertRequested;
import vnla.common.event.EventCodec;
import vnla.common.event.EventType;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.notification.Fixtures;
import vnla.notification.alert.PartnerAlertCodec;
import vnla.testing.TopicWatcher;

@QuarkusTest
class KafkaDeliveryTest {

    @Inject
    EventCodec codec;

    @Inject
    PartnerAlertCodec partnerAlerts;

    @Inject
    ObjectMapper mapper;

    @Test
    void kafkaSubscriberReadsTheAlertFromItsPartnerTopic() throws Exception {
        String subscriptionId = given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).contentType(ContentType.JSON)
                .body(Map.of("channel", "KAFKA", "filters", Map.of("categories", java.util.List.of("DRUG_TRAFFICKING"))))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .body("topic", equalTo("alerts.partner.la.salavan.v1"))
                .extract().path("id");
        AlertRequested request = Fixtures.request(Fixtures.SALAVAN, Vocabulary.Priority.URGENT);

        try (TopicWatcher partnerTopic = Fixtures.watch(Topics.partnerAlerts(Fixtures.SALAVAN));
                TopicWatcher events = Fixtures.watch(Topics.NOTIFICATIONS_ALERTS)) {
            Fixtures.send(codec, request);
            String alertId = Fixtures.awaitAlert(Fixtures.SALAVAN, request);

            var record = partnerTopic.awaitOne(r -> alertId.equals(r.key()));
            assertEquals("notifications.alert.issued", TopicWatcher.header(record, "ce_type"));
            assertEquals("/notification-service", TopicWatcher.header(record, "ce_source"));
            assertEquals("application/json", TopicWatcher.header(record, "content-type"));
            JsonNode alert = mapper.readTree(record.value());
            assertEquals(Set.of(), partnerAlerts.violations(alert));
            assertEquals(alertId, alert.path("alertId").asText());
            assertEquals("ACTUAL", alert.path("status").asText());
            assertTrue(alert.path("info").size() == 3);

            var delivered = events.awaitOne(r -> alertId.equals(r.key())
                    && EventType.ALERT_DELIVERED.type().equals(TopicWatcher.header(r, "ce_type")));
            JsonNode event = mapper.readTree(delivered.value());
            assertEquals(Set.of(), codec.violations(EventType.ALERT_DELIVERED, event));
            assertEquals("KAFKA", event.path("channel").asText());
            given().auth().oauth2(Fixtures.liaison(Fixtures.SALAVAN)).queryParam("size", 100)
                    .when().get("/api/v1/alerts/" + alertId + "/deliveries")
                    .then().statusCode(200)
                    // other tests may have left Salavan webhook subscriptions: this test's delivery is the Kafka one
                    .body("items.find { it.channel == 'KAFKA' }.target", equalTo("alerts.partner.la.salavan.v1"))
                    .body("items.find { it.channel == 'KAFKA' }.status", equalTo("DELIVERED"))
                    .body("items.find { it.channel == 'KAFKA' }.attempts.outcome", contains("PUBLISHED"));
        } finally {
            Fixtures.unsubscribe(Fixtures.SALAVAN, subscriptionId);
        }
    }
}
