package vnla.system;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vnla.common.trace.TraceContext;
import vnla.testing.Traceparent;
import vnla.testing.WebhookReceiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * One tip is one trace: the duty officer's console begins it with the tip's POST; the triage (a request of its own
 * trace), hotline's relay, case-service's release and notification-service's delivery continue it, and Salavan's
 * webhook receiver sees a {@code traceparent} whose trace id is the POST's.
 */
class TracingIT {

    private static final String PARTNER = "la.salavan";

    @BeforeAll
    static void suite() {
        Suite.up();
        Api.agreement("vn.hue", PARTNER, "2025-11-20", null);
        Api.unsubscribeAll(PARTNER);
    }

    @Test
    void partnersWebhookCarriesTheTraceOfTheTipsPost() {
        String trace = randomHex(16);
        try (WebhookReceiver salavan = WebhookReceiver.start()) {
            salavan.trust(Api.subscribeWebhook(PARTNER, salavan.url()));

            String tipId = Api.hotline("duty-officer", "vn.hue")
                    .header(TraceContext.HEADER, "00-" + trace + "-" + randomHex(8) + "-01")
                    .body(Fixtures.tip("DRUG_TRAFFICKING", "VN-26", Fixtures.VI_METH_ROUTE, "vi"))
                    .when().post("/api/v1/tips")
                    .then().statusCode(201)
                    .extract().path("id");
            Flow.triageForPartner("vn.hue", tipId, PARTNER);

            await("Salavan's webhook receives the alert").atMost(Duration.ofSeconds(60))
                    .until(() -> salavan.calls().stream().anyMatch(c -> c.body().contains(tipId) && c.answered() < 300));
            WebhookReceiver.Call call = salavan.calls().stream().filter(c -> c.body().contains(tipId)).findFirst().orElseThrow();
            assertNotNull(call.header(TraceContext.HEADER), "the webhook carries a traceparent");
            assertEquals(trace, Traceparent.traceId(call.header(TraceContext.HEADER)));
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
