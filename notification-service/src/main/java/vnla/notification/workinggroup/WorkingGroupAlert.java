package vnla.notification.workinggroup;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An alert routed to a working group during its period: what the group's liaison officers read and may acknowledge. */
@Entity
@Table(name = "working_group_alert")
public class WorkingGroupAlert extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** The group and the alert. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "group_id")
        public UUID groupId;

        @Column(name = "alert_id")
        public UUID alertId;

        public Key() {
        }

        public Key(UUID groupId, UUID alertId) {
            this.groupId = groupId;
            this.alertId = alertId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(groupId, key.groupId) && Objects.equals(alertId, key.alertId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, alertId);
        }
    }
}
