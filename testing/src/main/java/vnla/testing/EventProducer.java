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

    private final KafkaProducer<String, byte[]> producer = KafkaClients.create(() -> new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer()));

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
