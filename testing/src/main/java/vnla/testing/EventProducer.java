package vnla.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
        return send(topic, key, eventId, type, json, Map.of());
    }

    /** The same with further record headers, such as a {@code traceparent}. */
    public RecordMetadata send(String topic, String key, String eventId, String type, byte[] json, Map<String, String> headers) {
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
            ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(topic, key).writeBinary(event);
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not produce " + type + " to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
