package vnla.cases.operation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An agency's part in a joint operation: invited by the lead, then accepted, declined, removed or left. */
@Entity
@Table(name = "operation_invitation")
public class OperationInvitation extends PanacheEntityBase {

    /** Where the invited agency stands; only ACCEPTED makes it a partner. */
    public enum Status { PENDING, ACCEPTED, DECLINED, REMOVED, LEFT }

    @Id
    public UUID id;

    @Column(name = "operation_id")
    public UUID operationId;

    public String agency;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "invited_by")
    public String invitedBy;

    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    /** Why it was declined, or the partner removed or left. */
    public String reason;

    @Version
    public long version;
}
