package vnla.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.common.event.Topics;
import vnla.testing.TopicWatcher;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario 2: a wanted-person tip from Sơn La for Luang Prabang, whose liaison subscribes by Kafka: the alert arrives
 * on alerts.partner.la.luangprabang.v1 and, left unacknowledged past its (shortened) deadline, escalates one tier.
 */
class SonLaFugitiveIT {

    @BeforeAll
    static void suite() {
        Suite.up();
        Api.agreement("vn.sonla", "la.luangprabang", "2022-01-01", null);
        Api.unsubscribeAll("la.luangprabang");
        Api.subscribeKafka("la.luangprabang");
    }

    @Test
    void kafkaPartnerGetsTheAlertAndItEscalatesWhenNobodyAcknowledges() throws Exception {
        try (TopicWatcher partnerTopic = TopicWatcher.watch(Topics.partnerAlerts("la.luangprabang"));
                TopicWatcher alertEvents = TopicWatcher.watch(Topics.NOTIFICATIONS_ALERTS)) {
            String tipId = Api.hotline("duty-officer", "vn.sonla")
                    .body(Fixtures.tip("WANTED_FUGITIVE", "VN-05",
                            "Đối tượng truy nã Lò Văn Pắng được cho là đang lẩn trốn tại bản Huổi Một, Luông Pha Băng.", "vi"))
                    .when().post("/api/v1/tips")
                    .then().statusCode(201)
                    .extract().path("id");
            Api.hotline("analyst", "vn.sonla")
                    .header("If-Match", "\"0\"")
                    .body(Fixtures.triage("FLASH", "AMBER", "BILATERAL", List.of("la.luangprabang")))
                    .when().post("/api/v1/tips/" + tipId + "/triage")
                    .then().statusCode(200);

            ConsumerRecord<String, byte[]> alert = partnerTopic.await(r -> text(r).contains(tipId), 1, Duration.ofSeconds(60)).get(0);
            String alertId = alert.key();
            assertEquals("notifications.alert.issued", TopicWatcher.header(alert, "ce_type"));
            assertTrue(text(alert).codePoints().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF), "Lao block");

            String tierBefore = Api.notifications("liaison-officer", "la.luangprabang")
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .extract().path("tier");
            ConsumerRecord<String, byte[]> escalated = alertEvents.await(
                    r -> alertId.equals(r.key()) && "notifications.alert.escalated".equals(TopicWatcher.header(r, "ce_type")), 1,
                    Duration.ofSeconds(90)).get(0);

            assertEquals(tierBefore, new ObjectMapper().readTree(escalated.value()).path("fromTier").asText());
            Api.notifications("liaison-officer", "la.luangprabang")
                    .when().get("/api/v1/alerts/" + alertId)
                    .then().statusCode(200)
                    .body("tier", not(equalTo(tierBefore)))
                    .body("acknowledgement", equalTo(null));
        }
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
