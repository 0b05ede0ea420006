package vnla.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vnla.common.event.Topics;
import vnla.testing.TopicWatcher;
import vnla.testing.WebhookReceiver;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario: a Huế tip released to Salavan is re-triaged RED. Salavan's webhook (verified with the Standard Webhooks
 * library) and its partner topic receive a CAP Cancel that references the first alert, without the tip's text; the
 * first alert shows cancelled and its escalation stops; case-service shows Salavan only the withheld placeholder.
 */
class RecallIT {

    @BeforeAll
    static void suite() {
        Suite.up();
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        Api.unsubscribeAll("la.salavan");
    }

    @Test
    void retriagedRedTipIsCancelledAtThePartnerOnEveryChannel() {
        try (WebhookReceiver salavan = WebhookReceiver.start();
                TopicWatcher partnerTopic = TopicWatcher.watch(Topics.partnerAlerts("la.salavan"))) {
            salavan.trust(Api.subscribeWebhook("la.salavan", salavan.url()));
            Api.subscribeKafka("la.salavan");

            String tipId = Api.hotline("duty-officer", "vn.hue")
                    .body(Fixtures.tip("DRUG_TRAFFICKING", "VN-26", Fixtures.VI_METH_ROUTE, "vi"))
                    .when().post("/api/v1/tips")
                    .then().statusCode(201)
                    .extract().path("id");
            Flow.triageForPartner("vn.hue", tipId, "la.salavan");
            await("Salavan's webhook receives the alert").atMost(Duration.ofSeconds(60))
                    .until(() -> salavan.calls().stream().anyMatch(c -> c.body().contains(tipId) && c.verified()));
            WebhookReceiver.Call first = salavan.calls().stream().filter(c -> c.body().contains(tipId)).findFirst().orElseThrow();
            String firstAlert = first.alertId();
            assertEquals("ALERT", first.json().path("data").path("messageType").asText());

            String etag = Api.hotline("analyst", "vn.hue").when().get("/api/v1/tips/" + tipId).then().statusCode(200).extract().header("ETag");
            Api.hotline("analyst", "vn.hue")
                    .header("If-Match", etag)
                    .body(Fixtures.triage("FLASH", "RED", "BILATERAL", List.of("la.salavan")))
                    .when().post("/api/v1/tips/" + tipId + "/triage")
                    .then().statusCode(200);

            await("Salavan's webhook receives the Cancel").atMost(Duration.ofSeconds(60)).until(() -> salavan.calls().stream()
                    .anyMatch(c -> c.verified() && "CANCEL".equals(c.json().path("data").path("messageType").asText())
                            && c.body().contains(firstAlert)));
            WebhookReceiver.Call cancel = salavan.calls().stream()
                    .filter(c -> c.verified() && "CANCEL".equals(c.json().path("data").path("messageType").asText())).findFirst().orElseThrow();
            assertEquals(firstAlert, cancel.json().path("data").path("references").path("alerts").get(0).path("identifier").asText());
            assertFalse(cancel.body().contains(Fixtures.VI_METH_ROUTE), "a Cancel carries no tip text");
            assertFalse(cancel.body().contains(Fixtures.REPORTER_NAME));

            ConsumerRecord<String, byte[]> onTopic = partnerTopic.await(r -> text(r).contains("\"CANCEL\"") && text(r).contains(firstAlert), 1,
                    Duration.ofSeconds(60)).get(0);
            assertTrue(text(onTopic).contains(tipId));

            String tierAtCancel = Api.notifications("liaison-officer", "la.salavan")
                    .when().get("/api/v1/alerts/" + firstAlert)
                    .then().statusCode(200)
                    .body("cancelled", notNullValue())
                    .body("cancelled.reason", equalTo("RETRIAGED_RED"))
                    .extract().path("tier");
            // the FLASH deadline of the system tests is 20 s: an alert still escalating would move up a tier within 30 s
            await("the cancelled alert escalates no more").during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(40))
                    .until(() -> tierAtCancel.equals(Api.notifications("liaison-officer", "la.salavan")
                            .when().get("/api/v1/alerts/" + firstAlert).then().statusCode(200).extract().path("tier")));
            Api.cases("analyst", "la.salavan")
                    .when().get("/api/v1/tips/" + tipId)
                    .then().statusCode(404);
        }
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
