package vnla.notification.subscription;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.Vocabulary;

/** A partner agency's wish to receive alerts by webhook or Kafka, narrowed by filters (an empty filter accepts all). */
@Entity
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id")
    public String agencyId;

    /** The working group of {@link #agencyId} that owns it; null for the agency's own subscription. */
    @Column(name = "working_group_id")
    public UUID workingGroupId;

    @Enumerated(EnumType.STRING)
    public SubscriptionChannel channel;

    public String url;

    public String topic;

    /** The {@code whsec_…} signing secret of a webhook, encrypted ({@link WebhookSecrets}); shown only when created or rotated. */
    @Column(name = "secret_sealed")
    public byte[] sealedSecret;

    /** The secret before the last rotation, encrypted, still signing until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret_sealed")
    public byte[] sealedPreviousSecret;

    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;

    /** KAFKA only: the partner's current SCRAM user ({@link KafkaCredential}); its password is shown once. */
    @Column(name = "kafka_username")
    public String kafkaUsername;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> priorities;

    /** ISO 3166-2 province codes of the alert's area. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areas;

    /** CAP message statuses the partner accepts: a partner may refuse exercises and tests. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> statuses;

    public String description;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "secret_rotated_at")
    public OffsetDateTime secretRotatedAt;

    @Version
    public long version;

    /** Stops an active subscription (its endpoint answered 410 Gone); false when it was not active. */
    public boolean disable(String reason) {
        if (status != SubscriptionStatus.ACTIVE) {
            return false;
        }
        status = SubscriptionStatus.DISABLED;
        statusReason = reason;
        return true;
    }

    /** Whether an alert with these facts passes every filter of this subscription. */
    public boolean accepts(Vocabulary.Category category, Vocabulary.Priority priority, String provinceCode,
            Vocabulary.MessageStatus messageStatus) {
        // a message of a request for verification has no category or area: it is addressed to the agency itself
        return (category == null || passes(categories, category.name())) && passes(priorities, priority.name())
                && (provinceCode == null || passes(areas, provinceCode)) && passes(statuses, messageStatus.name());
    }

    private static boolean passes(List<String> filter, String value) {
        return filter == null || filter.isEmpty() || filter.contains(value);
    }
}
