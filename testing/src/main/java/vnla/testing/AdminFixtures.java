package vnla.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Objects for the administration endpoints every service has: a dead letter to replay and a set-aside outbox event to
 * send again. Both carry a probe type no consumer acts on, so replaying or publishing them changes nothing anywhere.
 */
public final class AdminFixtures {

    public static final String PROBE_TYPE = "tests.admin-probe";

    private AdminFixtures() {
    }

    /** A CloudEvent on {@code deadLetterTopic}, as the connector dead-letters one; its id for the replay endpoint. */
    public static String deadLetter(String deadLetterTopic) {
        try (EventProducer producer = new EventProducer()) {
            RecordMetadata written = producer.send(deadLetterTopic, "admin-probe", UUID.randomUUID().toString(), PROBE_TYPE,
                    "{}".getBytes(StandardCharsets.UTF_8));
            return written.topic() + "-" + written.partition() + "-" + written.offset();
        }
    }

    /** An outbox event of the service under test the relay has set aside, bound for {@code topic}; its id. */
    public static UUID setAsideEvent(String topic) {
        UUID id = UUID.randomUUID();
        try (Connection db = Database.asRuntimeRole(); PreparedStatement insert = db.prepareStatement("""
                insert into outbox_event (id, topic, aggregate_id, type, payload, occurred_at, attempts, last_error, set_aside_at)
                values (?, ?, 'admin-probe', ?, '{}'::jsonb, now(), 5, 'org.apache.kafka.common.errors.RecordTooLargeException: probe', now())""")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, PROBE_TYPE);
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write a set-aside outbox event", e);
        }
    }
}
