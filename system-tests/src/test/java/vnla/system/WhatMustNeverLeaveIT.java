package vnla.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vnla.testing.WebhookReceiver;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenarios 3 and 4: a NATIONAL_ONLY tip and a TLP RED tip linked to a bilateral operation, and a tip for a partner
 * whose agreement has lapsed, produce no alert to any partner; each refusal is recorded.
 */
class WhatMustNeverLeaveIT {

    @BeforeAll
    static void suite() {
        Suite.up();
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        Api.agreement("vn.quangnam", "la.sekong", "2019-01-01", "2024-01-01");
    }

    @Test
    void nationalOnlyAndRedTipsLinkedToABilateralOperationNeverReachThePartner() {
        Api.unsubscribeAll("la.salavan");
        try (WebhookReceiver salavan = WebhookReceiver.start()) {
            salavan.trust(Api.subscribeWebhook("la.salavan", salavan.url()));
            String nationalOnly = triagedTip("vn.hue", "VN-26", "NATIONAL_ONLY", "AMBER", "FLASH", List.of("la.salavan"));
            String red = triagedTip("vn.hue", "VN-26", "BILATERAL", "RED", "FLASH", List.of("la.salavan"));
            String operationId = Api.openOperation("vn.hue", Fixtures.operation("Chuyên án NO-" + red.substring(0, 8), "vn.hue", List.of("la.salavan"), "DRUG_TRAFFICKING",
                            List.of("VN-26", "LA-SL")));

            for (String tip : List.of(nationalOnly, red)) {
                awaitProjected(tip, "vn.hue");
                Api.cases("analyst", "vn.hue")
                        .body(Map.of("tipId", tip, "note", "Liên quan đường dây"))
                        .when().post("/api/v1/operations/" + operationId + "/links")
                        .then().statusCode(201);
            }

            await("refusals on the timeline").atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.cases("analyst", "vn.hue")
                    .queryParam("size", 100)
                    .when().get("/api/v1/operations/" + operationId + "/timeline")
                    .then().statusCode(200)
                    .body("items.kind", hasItem("RELEASE_REFUSED"))
                    .body("items.kind", not(hasItem("ALERT_REQUESTED"))));
            Api.cases("analyst", "vn.hue").when().get("/api/v1/tips/" + nationalOnly + "/releases")
                    .then().statusCode(200)
                    .body("items.refusals.flatten().reason", hasItem("NATIONAL_ONLY"));
            Api.cases("analyst", "vn.hue").when().get("/api/v1/tips/" + red + "/releases")
                    .then().statusCode(200)
                    .body("items.refusals.flatten().reason", hasItem("TLP_RED"));
            assertEquals(0, salavan.drainFor("none", Duration.ofSeconds(5)).size());
            assertEquals(List.of(), salavan.calls().stream().filter(c -> c.body().contains(nationalOnly) || c.body().contains(red)).toList());
            Api.notifications("liaison-officer", "la.salavan").queryParam("size", 100)
                    .when().get("/api/v1/alerts")
                    .then().statusCode(200)
                    .body("items.references.tipId", not(hasItems(nationalOnly)))
                    .body("items.references.tipId", not(hasItems(red)));
        }
    }

    @Test
    void noAlertToAPartnerWhoseAgreementHasLapsed() {
        Api.unsubscribeAll("la.sekong");
        try (WebhookReceiver sekong = WebhookReceiver.start()) {
            sekong.trust(Api.subscribeWebhook("la.sekong", sekong.url()));

            String tip = triagedTip("vn.quangnam", "VN-27", "BILATERAL", "AMBER", "FLASH", List.of("la.sekong"));

            await("refusal recorded").atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.cases("analyst", "vn.quangnam")
                    .when().get("/api/v1/tips/" + tip + "/releases")
                    .then().statusCode(200)
                    .body("items.refusals.flatten().reason", hasItem("AGREEMENT_EXPIRED")));
            assertEquals(List.of(), sekong.drainFor("none", Duration.ofSeconds(5)));
            assertEquals(List.of(), sekong.calls());
        }
    }

    private static String triagedTip(String agency, String province, String releasability, String tlp, String priority, List<String> partners) {
        String tip = Api.hotline("duty-officer", agency)
                .body(Fixtures.tip("DRUG_TRAFFICKING", province, Fixtures.VI_METH_ROUTE, "vi"))
                .when().post("/api/v1/tips")
                .then().statusCode(201)
                .extract().path("id");
        Api.hotline("analyst", agency)
                .header("If-Match", "\"0\"")
                .body(Fixtures.triage(priority, tlp, releasability, partners))
                .when().post("/api/v1/tips/" + tip + "/triage")
                .then().statusCode(200);
        return tip;
    }

    private static void awaitProjected(String tip, String agency) {
        await("tip projected in case-service").atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.cases("analyst", agency)
                .when().get("/api/v1/tips/" + tip)
                .then().statusCode(200)
                .body("triage", org.hamcrest.Matchers.notNullValue()));
    }
}
