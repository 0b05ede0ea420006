package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.HandlingCode;
import vnla.common.event.Location;
import vnla.common.event.Vocabulary;
import vnla.notification.agency.Tier;

/**
 * What reaches one partner agency for one alert request, modelled on CAP 1.2, with its place in the tier escalation; or,
 * of kind verification, one message of a request for verification ({@link #verification}), which has no category, area
 * or free text of its own.
 */
@Entity
public class Alert extends PanacheEntityBase {

    /** CAP scope: alerts go to the named partner agencies only. */
    public static final String SCOPE = "RESTRICTED";

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "sender_agency")
    public String senderAgency;

    @Column(name = "recipient_agency")
    public String recipientAgency;

    public OffsetDateTime sent;

    @Enumerated(EnumType.STRING)
    public Vocabulary.MessageStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_type")
    public Vocabulary.MessageType messageType;

    public String scope;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Priority priority;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Tlp tlp;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Releasability releasability;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Category category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refs")
    public AlertReferences references;

    @JdbcTypeCode(SqlTypes.JSON)
    public Location area;

    public String description;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Language language;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AlertInfo> info;

    /** The hotline tier of the receiving side the alert is at now. */
    @Enumerated(EnumType.STRING)
    public Tier tier;

    /**
     * When the current tier must have acknowledged; null once acknowledged or at the top tier. For the message that sends a
     * request for verification, when it must have been answered (the request's deadline, then each tier's); null once it is.
     */
    @Column(name = "ack_deadline")
    public OffsetDateTime ackDeadline;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    /** For the message that sends a request for verification: when its tier is reminded that the answer is due; null once done or moot. */
    @Column(name = "remind_at")
    public OffsetDateTime remindAt;

    /** When its tier was reminded; the reminder copy's headline says so. */
    @Column(name = "reminded_at")
    public OffsetDateTime remindedAt;

    /** For a recall (CANCEL or UPDATE): the case-service withdrawal it came from; null on an ALERT. */
    @Column(name = "withdrawal_id")
    public UUID withdrawalId;

    /** Set on an earlier alert once a CANCEL recalled it: it escalates no more and nothing of it is sent again. */
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    /** The id of the CANCEL alert that recalled this one. */
    @Column(name = "cancelled_by")
    public UUID cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** Set on an earlier alert once an UPDATE narrowed its handling code. */
    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "supersede_reason")
    public String supersedeReason;

    /** The trace the alert's request arrived in; its webhooks carry it. */
    public String traceparent;

    /** Set on a message of a request for verification ({@link #requestId} is then the request's id); null on an alert. */
    @JdbcTypeCode(SqlTypes.JSON)
    public VerificationMessage verification;

    public boolean isVerification() {
        return verification != null;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public HandlingCode handlingCode() {
        return new HandlingCode(tlp, releasability);
    }
}
