package vnla.notification.subscription;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Vocabulary;

/** A subscription as the API shows it; the secret only in the answer that created or rotated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        UUID id,
        String agencyId,
        @Schema(description = "The working group that owns the subscription (its liaison officer's token names it); absent for the agency's own")
        UUID workingGroupId,
        SubscriptionChannel channel,
        String url,
        @Schema(example = "alerts.partner.la.salavan.v1") String topic,
        SubscriptionRequests.Filters filters,
        String description,
        SubscriptionStatus status,
        String statusReason,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime secretRotatedAt,
        @Schema(description = "Until then calls carry a second signature with the previous secret") OffsetDateTime previousSecretValidUntil,
        @Schema(description = "The whsec_ signing secret, shown once: in the answer that created or rotated it")
        String secret,
        @Schema(description = "KAFKA only: the SCRAM-SHA-512 user that reads the topic") String kafkaUsername,
        @Schema(description = "KAFKA only: its password, shown once: in the answer that created or rotated it")
        String kafkaPassword,
        long version) {

    static SubscriptionView of(Subscription s) {
        return of(s, null, null);
    }

    static SubscriptionView of(Subscription s, String secret) {
        return of(s, secret, null);
    }

    static SubscriptionView of(Subscription s, String secret, String kafkaPassword) {
        var filters = new SubscriptionRequests.Filters(
                s.categories.stream().map(Vocabulary.Category::valueOf).toList(),
                s.priorities.stream().map(Vocabulary.Priority::valueOf).toList(),
                List.copyOf(s.areas),
                s.statuses.stream().map(Vocabulary.MessageStatus::valueOf).toList());
        return new SubscriptionView(s.id, s.agencyId, s.workingGroupId, s.channel, s.url, s.topic, filters, s.description, s.status, s.statusReason,
                s.createdAt, s.createdBy, s.secretRotatedAt, s.previousSecretUntil, secret, s.kafkaUsername, kafkaPassword, s.version);
    }
}
