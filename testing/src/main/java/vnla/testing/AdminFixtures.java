package vnla.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Objects for the administration endpoints every service has: a set-aside outbox event to send again. It carries a
 * probe type no consumer acts on, so publishing it changes nothing anywhere.
 */
public final class AdminFixtures {

    public static final String PROBE_TYPE = "tests.admin-probe";

    private AdminFixtures() {
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
