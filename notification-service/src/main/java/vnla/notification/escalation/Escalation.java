package vnla.notification.escalation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.notification.agency.Tier;

/** A recorded breach: the alert was not acknowledged by its deadline and went one tier up on the receiving side. */
@Entity
public class Escalation extends PanacheEntityBase {

    /** Whether anyone at the tier it went to could be told. */
    public enum Outcome {
        /** A subscription took the alert, or a contact was on duty at the tier. */
        NOTIFIED,
        /** Neither: the ministry tier of the receiving country was notified instead. */
        NO_RECIPIENT
    }

    @Id
    public UUID id;

    @Column(name = "alert_id")
    public UUID alertId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier")
    public Tier fromTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier")
    public Tier toTier;

    /** The deadline that was missed. */
    public OffsetDateTime deadline;

    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;
}
