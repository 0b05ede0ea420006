package vnla.testing;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/** Produces CloudEvents (binary mode) to the real broker, as another service would, so consumers can be tested. */
public final class EventProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = KafkaClients.create(() -> new KafkaProducer<>(config(),
            new StringSerializer(), new ByteArraySerializer()));

    private static Map<String, Object> config() {
        Map<String, Object> config = SuiteKafka.adminConfig();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    /** Sends one event and waits until the broker has it; where it was written. */
    public RecordMetadata send(String topic, String key, String eventId, String type, byte[] json) {
        var event = CloudEventBuilder.v1()
                .withId(eventId)
                .withType(type)
                .withSource(URI.create("/tests"))
                .withSubject(key)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json)
                .build();
        try {
            return producer.send(KafkaMessageFactory.createWriter(topic, key).writeBinary(event)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not produce " + type + " to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
