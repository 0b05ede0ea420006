package vnla.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vnla.testing.WebhookReceiver;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 1: a Huế duty officer's Vietnamese tip about methamphetamine moving toward Salavan reaches Salavan's
 * webhook as one signed alert in three languages, is acknowledged, and shows on the joint operation's timeline.
 */
class HueSalavanDrugRouteIT {

    @BeforeAll
    static void suite() {
        Suite.up();
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        Api.unsubscribeAll("la.salavan");
    }

    @Test
    void tipToAcknowledgedAlertOnTheOperationTimeline() {
        try (WebhookReceiver salavan = WebhookReceiver.start()) {
            salavan.trust(Api.subscribeWebhook("la.salavan", salavan.url()));

            String tipId = Api.hotline("duty-officer", "vn.hue")
                    .body(Fixtures.tip("DRUG_TRAFFICKING", "VN-26", Fixtures.VI_METH_ROUTE, "vi"))
                    .when().post("/api/v1/tips")
                    .then().statusCode(201)
                    .extract().path("id");
            Api.hotline("analyst", "vn.hue")
                    .header("If-Match", "\"0\"")
                    .body(Fixtures.triage("FLASH", "AMBER", "BILATERAL", List.of("la.salavan")))
                    .when().post("/api/v1/tips/" + tipId + "/triage")
                    .then().statusCode(200);
            await("tip projected in case-service").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.cases("analyst", "vn.hue")
                    .when().get("/api/v1/tips/" + tipId)
                    .then().statusCode(200));
            String operationId = Api.openOperation("vn.hue", Fixtures.operation("Chuyên án HS-" + tipId.substring(0, 8), "vn.hue", List.of("la.salavan"), "DRUG_TRAFFICKING",
                            List.of("VN-26", "LA-SL")));
            Api.cases("analyst", "vn.hue")
                    .body(Map.of("tipId", tipId, "note", "Tuyến vận chuyển A Lưới – Salavan"))
                    .when().post("/api/v1/operations/" + operationId + "/links")
                    .then().statusCode(201);

            await("Salavan's webhook receives the alert").atMost(Duration.ofSeconds(60))
                    .until(() -> salavan.calls().stream().anyMatch(c -> c.body().contains(tipId) && c.answered() < 300));
            List<WebhookReceiver.Call> calls = salavan.calls().stream()
                    .filter(c -> c.body().contains(tipId)).toList();
            List<WebhookReceiver.Call> delivered = salavan.drainFor(calls.get(0).alertId(), Duration.ofSeconds(3));
            assertEquals(1, delivered.size(), "one alert for the tip");
            WebhookReceiver.Call alert = delivered.get(0);
            assertTrue(alert.verified(), "Standard Webhooks signature verifies");
            assertFalse(alert.body().contains(Fixtures.REPORTER_NAME));
            assertFalse(alert.body().contains("3888 999"));
            var info = alert.json().path("data").path("info");
            assertEquals(List.of("vi", "lo", "en"), List.of(info.get(0).path("language").asText(), info.get(1).path("language").asText(),
                    info.get(2).path("language").asText()));
            assertTrue(info.get(1).path("headline").asText().codePoints().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF), "Lao script");
            String alertId = alert.alertId();

            Api.notifications("liaison-officer", "la.salavan")
                    .body(Map.of("officerName", "ສົມພອນ ແກ້ວມະນີ", "officerRank", "Major"))
                    .when().post("/api/v1/alerts/" + alertId + "/acknowledgements")
                    .then().statusCode(201);

            await("acknowledgement on the operation's timeline").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.cases("analyst", "vn.hue")
                    .queryParam("size", 100)
                    .when().get("/api/v1/operations/" + operationId + "/timeline")
                    .then().statusCode(200)
                    .body("items.kind", hasItem("ALERT_ACKNOWLEDGED")));
            await("the hotline shows the tip LINKED").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.hotline("duty-officer", "vn.hue")
                    .when().get("/api/v1/tips/" + tipId)
                    .then().body("status", equalTo("LINKED")));
        }
    }
}
