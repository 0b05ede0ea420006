package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.Vocabulary;

/** One decision on releasing a tip to partner forces: who was asked for, and each refusal with its reason. */
@Entity
@Table(name = "release_decision")
public class ReleaseDecision extends PanacheEntityBase {

    /** What made case-service consider a release. */
    public enum Trigger { TIP_LINKED, CROSS_BORDER_TRIAGE, ANALYST_RELEASE }

    /** Also the AlertRequested requestId when an alert was requested. */
    @Id
    public UUID id;

    @Column(name = "tip_id")
    public UUID tipId;

    @Column(name = "operation_id")
    public UUID operationId;

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    @Column(name = "sender_agency")
    public String senderAgency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> recipients;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_status")
    public Vocabulary.MessageStatus messageStatus;

    /** Whether an alert request was emitted (there was at least one recipient). */
    public boolean requested;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "release_refusal", joinColumns = @JoinColumn(name = "decision_id"))
    public List<Refusal> refusals = new ArrayList<>();

    /** A recipient that was not told, and why. */
    @Embeddable
    public static class Refusal {

        public String recipient;

        @Enumerated(EnumType.STRING)
        public RefusalReason reason;

        public Refusal() {
        }

        public Refusal(String recipient, RefusalReason reason) {
            this.recipient = recipient;
            this.reason = reason;
        }
    }
}
