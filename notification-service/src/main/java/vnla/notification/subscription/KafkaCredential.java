package vnla.notification.subscription;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One SCRAM user of a KAFKA subscription: GRANTING until {@link KafkaProvisioningJob} created it and its ACLs, ACTIVE
 * then, REVOKED once the job removed both after {@link #revokeAfter} (a rotation's grace period, or the deletion).
 */
@Entity
@Table(name = "kafka_credential")
public class KafkaCredential extends PanacheEntityBase {

    public static final String GRANTING = "GRANTING";
    public static final String ACTIVE = "ACTIVE";
    public static final String REVOKED = "REVOKED";

    @jakarta.persistence.Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "agency_id")
    public String agencyId;

    public String username;

    @Column(name = "password_sealed")
    public byte[] sealedPassword;

    public String state;

    @Column(name = "revoke_after")
    public OffsetDateTime revokeAfter;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "granted_at")
    public OffsetDateTime grantedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
