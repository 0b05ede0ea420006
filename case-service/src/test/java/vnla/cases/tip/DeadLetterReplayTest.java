package vnla.cases.tip;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import vnla.cases.Api;
import vnla.cases.DatabaseFault;
import vnla.cases.TipFeed;
import vnla.common.event.TipReceived;
import vnla.common.event.TipTriaged;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary.Priority;
import vnla.common.event.Vocabulary.Releasability;
import vnla.common.event.Vocabulary.Tlp;
import vnla.testing.SuiteKafka;
import vnla.testing.TopicWatcher;

/**
 * A tip whose projection keeps failing past the retries is dead-lettered with the reason; an admin lists it (without
 * its data) and replays it once the fault is gone; the triage that arrived meanwhile was kept and follows it, so the
 * FLASH alert is requested after all. Retries are cut to 3 seconds here so the test need not wait 2 minutes.
 */
@QuarkusTest
@TestProfile(DeadLetterReplayTest.ShortRetries.class)
class DeadLetterReplayTest {

    public static class ShortRetries implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.inbox.retry.first-delay", "200ms", "suite.inbox.retry.max-delay", "1s", "suite.inbox.retry.give-up-after", "3s");
        }
    }

    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    @Inject
    TipFeed feed;

    @Inject
    EntityManager em;

    @Test
    void aDeadLetteredTipIsReplayedAndTheTriageKeptMeanwhileFollowsIt() {
        Api.agreement("vn.hue", "la.salavan", "2025-11-20", null);
        TipReceived tip = TipFeed.tip("vn.hue", TipFeed.phones("0905 888 404"));
        TipTriaged triage = TipFeed.triage(tip, Priority.FLASH, Tlp.AMBER, Releasability.REGIONAL, true, List.of("la.salavan"));
        String id;
        try (TopicWatcher dlq = TopicWatcher.watch(Topics.HOTLINE_TIPS + Topics.DEAD_LETTER_SUFFIX);
                TopicWatcher requests = TopicWatcher.watch(Topics.CASES_ALERT_REQUESTS)) {
            try (DatabaseFault fault = DatabaseFault.refuseTip(tip.tipId(), null)) {
                String tipEvent = feed.send(tip);
                ConsumerRecord<String, byte[]> dead = dlq.awaitOne(r -> tip.tipId().toString().equals(r.key()));
                assertTrue(TopicWatcher.header(dead, "dead-letter-reason").startsWith("gave up after"),
                        TopicWatcher.header(dead, "dead-letter-reason"));
                assertEquals(null, TopicWatcher.header(dead, "dead-letter-cause"), "no database detail in the headers");
                id = dead.topic() + "-" + dead.partition() + "-" + dead.offset();

                feed.send(triage);
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> parked(tip) == 1);

                item(Api.as("admin", "la.sekong").get(DEAD_LETTERS + "?handled=false&size=100").then().statusCode(200), id)
                        .body("eventId", equalTo(tipEvent))
                        .body("consumer", equalTo("case-service.tips"))
                        .body("topic", equalTo(Topics.HOTLINE_TIPS))
                        .body("type", equalTo("hotline.tip.received"))
                        .body("subject", equalTo(tip.tipId().toString()))
                        .body("reason", startsWith("gave up after"))
                        .body("reason", containsString("the database system is starting up"))
                        .body("replayable", equalTo(true))
                        .body("handled", equalTo(false))
                        .body("description", nullValue());
            }

            Api.as("admin", "la.sekong").post(DEAD_LETTERS + "/{id}/replay", id)
                    .then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("outcome", equalTo("APPLIED"));

            requests.awaitOne(r -> "cases.alert.requested".equals(TopicWatcher.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(tip.tipId().toString()));
        }
        Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("status", equalTo("TRIAGED"));
        assertEquals(0, parked(tip));
        item(Api.as("admin", "vn.hue").get(DEAD_LETTERS + "?handled=true&size=100").then().statusCode(200), id)
                .body("handled", equalTo(true));

        Api.as("admin", "vn.hue").post(DEAD_LETTERS + "/{id}/replay", id)
                .then().statusCode(200)
                .body("outcome", equalTo("ALREADY_HANDLED"));
        assertEquals(1, alertRequestsInOutbox(tip), "the second replay changed nothing");
    }

    @Test
    void aRecordThatIsNoCloudEventIsListedButCannotBeReplayed() throws Exception {
        String key = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> dead;
        try (TopicWatcher dlq = TopicWatcher.watch(Topics.HOTLINE_TIPS + Topics.DEAD_LETTER_SUFFIX);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(SuiteKafka.adminConfig(),
                        new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.HOTLINE_TIPS, key, "không phải CloudEvent".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
            dead = dlq.awaitOne(record -> key.equals(record.key()));
        }
        String id = dead.topic() + "-" + dead.partition() + "-" + dead.offset();

        item(Api.as("admin", "vn.hue").get(DEAD_LETTERS + "?size=100").then().statusCode(200), id)
                .body("eventId", nullValue())
                .body("replayable", equalTo(false))
                .body("handled", equalTo(false));
        Api.as("admin", "vn.hue").post(DEAD_LETTERS + "/{id}/replay", id)
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("not a CloudEvent"));
    }

    @Test
    void aDeadLetterThatDoesNotExistIsA404AndAMalformedIdA400() {
        Api.as("admin", "vn.hue").post(DEAD_LETTERS + "/{id}/replay", Topics.HOTLINE_TIPS + Topics.DEAD_LETTER_SUFFIX + "-0-999999999999")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Api.as("admin", "vn.hue").post(DEAD_LETTERS + "/{id}/replay", "cases.alert-requests.v1.dlq-0-1")
                .then().statusCode(404);
        Api.as("admin", "vn.hue").post(DEAD_LETTERS + "/{id}/replay", "khong-hop-le")
                .then().statusCode(400);
        Api.as("admin", "vn.hue").get(DEAD_LETTERS + "?size=101")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    /** The list's item with that id, as a response to assert on. */
    private static ValidatableResponse item(ValidatableResponse list, String id) {
        List<String> ids = list.extract().path("items.id");
        assertTrue(ids.contains(id), id + " listed");
        return list.rootPath("items.find { it.id == '" + id + "' }");
    }

    private long parked(TipReceived tip) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from parked_event where aggregate_id = :tip").setParameter("tip", tip.tipId().toString()).getSingleResult())
                .longValue());
    }

    private long alertRequestsInOutbox(TipReceived tip) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from outbox_event where type = 'cases.alert.requested' and payload -> 'references' ->> 'tipId' = :tip""")
                .setParameter("tip", tip.tipId().toString()).getSingleResult()).longValue());
    }
}
