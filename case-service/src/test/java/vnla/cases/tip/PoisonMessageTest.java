package vnla.cases.tip;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vnla.cases.Api;
import vnla.cases.TipFeed;
import vnla.common.event.Topics;
import vnla.common.event.TipReceived;
import vnla.testing.EventProducer;
import vnla.testing.SuiteKafka;
import vnla.testing.TopicWatcher;

/** Records case-service cannot read go to hotline.tips.v1.dlq with the reason, and the tips after them still arrive. */
@QuarkusTest
class PoisonMessageTest {

    @Inject
    TipFeed feed;

    @Test
    void recordThatIsNoCloudEventGoesToTheDeadLetterTopicAndLaterTipsStillArrive() throws Exception {
        String key = UUID.randomUUID().toString();
        try (TopicWatcher dlq = TopicWatcher.watch(Topics.HOTLINE_TIPS + Topics.DEAD_LETTER_SUFFIX);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(SuiteKafka.adminConfig(),
                        new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.HOTLINE_TIPS, key, "không phải CloudEvent".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);

            ConsumerRecord<String, byte[]> dead = dlq.awaitOne(record -> key.equals(record.key()));
            assertNotNull(TopicWatcher.header(dead, "dead-letter-reason"));
        }
        TipReceived tip = feed.received(TipFeed.tip("vn.hue", TipFeed.phones("0905 999 001")));

        Api.analyst("vn.hue").get("/api/v1/tips/{id}", tip.tipId())
                .then().statusCode(200)
                .body("reference", equalTo(tip.reference()));
    }

    @Test
    void eventBreakingItsSchemaGoesToTheDeadLetterTopicWithTheReason() {
        String key = UUID.randomUUID().toString();
        try (TopicWatcher dlq = TopicWatcher.watch(Topics.HOTLINE_TIPS + Topics.DEAD_LETTER_SUFFIX);
                EventProducer producer = new EventProducer()) {
            producer.send(Topics.HOTLINE_TIPS, key, UUID.randomUUID().toString(), "hotline.tip.received",
                    ("{\"tipId\":\"" + key + "\",\"reference\":\"khong-hop-le\"}").getBytes(StandardCharsets.UTF_8));

            ConsumerRecord<String, byte[]> dead = dlq.awaitOne(record -> key.equals(record.key()));
            String reason = TopicWatcher.header(dead, "dead-letter-reason");
            assertTrue(reason != null && reason.contains("breaks its schema"), reason);
        }
        Api.analyst("vn.hue").get("/api/v1/tips/{id}", UUID.fromString(key))
                .then().statusCode(404);
    }
}
