package vnla.notification.subscription;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.common.event.Topics;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.notification.webhook.WebhookTargets;
import vnla.notification.workinggroup.WorkingGroup;
import vnla.notification.workinggroup.WorkingGroupService;

/**
 * Creates, reads, rotates and deletes the caller's agency's subscriptions (or its working group's, when the token names
 * one), and finds those an alert goes to.
 */
@ApplicationScoped
public class SubscriptionService {

    private final Caller caller;
    private final WebhookSecrets secrets;
    private final Event<SubscriptionStopped> stopped;
    private final SubscriptionConfig config;
    private final EntityManager em;
    private final WebhookTargets targets;
    private final KafkaCredentials kafkaCredentials;
    private final KafkaProvisioningConfig kafkaConfig;
    private final InstantSource clock;
    private final WorkingGroupService groups;

    public SubscriptionService(Caller caller, WebhookSecrets secrets, Event<SubscriptionStopped> stopped, SubscriptionConfig config,
            EntityManager em, WebhookTargets targets, KafkaCredentials kafkaCredentials, KafkaProvisioningConfig kafkaConfig,
            InstantSource clock, WorkingGroupService groups) {
        this.clock = clock;
        this.groups = groups;
        this.targets = targets;
        this.kafkaCredentials = kafkaCredentials;
        this.kafkaConfig = kafkaConfig;
        this.caller = caller;
        this.secrets = secrets;
        this.stopped = stopped;
        this.config = config;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created create(SubscriptionRequests.NewSubscription request) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.agencyId = caller.agency();
        s.workingGroupId = ownGroup(request.channel());
        s.channel = request.channel();
        OffsetDateTime now = SystemTime.utcNow(clock);
        String secret = null;
        KafkaCredentials.Issued issued = null;
        if (request.channel() == SubscriptionChannel.WEBHOOK) {
            s.url = webhookUrl(request.url());
            secret = secrets.newSecret();
            s.sealedSecret = secrets.seal(s.id, secret);
        } else {
            if (request.url() != null) {
                throw ProblemException.badField("url", "must be empty for a KAFKA subscription: the topic is the agency's own");
            }
            s.topic = Topics.partnerAlerts(s.agencyId);
        }
        s.status = request.channel() == SubscriptionChannel.KAFKA ? SubscriptionStatus.PROVISIONING : SubscriptionStatus.ACTIVE;
        SubscriptionRequests.Filters filters = request.filtersOrNone();
        s.categories = SubscriptionRequests.Filters.names(filters.categories());
        s.priorities = SubscriptionRequests.Filters.names(filters.priorities());
        s.areas = filters.areas() == null ? List.of() : filters.areas().stream().distinct().toList();
        s.statuses = SubscriptionRequests.Filters.names(filters.statuses());
        s.description = request.description();
        s.createdAt = now;
        s.createdBy = caller.subject();
        s.persist();
        if (s.channel == SubscriptionChannel.KAFKA) {
            // the Kafka user is created by KafkaProvisioningJob after this commits: the request never waits on Kafka
            em.flush();
            issued = kafkaCredentials.issue(s, now);
            s.kafkaUsername = issued.credential().username;
        }
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/subscriptions/" + s.id),
                issued == null ? SubscriptionView.of(s, secret) : SubscriptionView.of(s, null, issued.password()));
    }

    /** The caller's agency's subscription; another agency's or a deleted one is answered as if it did not exist. */
    public Subscription find(UUID id) {
        Subscription s = Subscription.findById(id);
        if (s == null || !s.agencyId.equals(caller.agency()) || !Objects.equals(s.workingGroupId, callerGroupId())
                || s.status == SubscriptionStatus.DELETED) {
            throw ProblemException.notFound("Subscription " + id);
        }
        return s;
    }

    public vnla.common.web.Page<SubscriptionView> list(SubscriptionChannel channel, SubscriptionStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("agencyId = :agency and status <> :deleted");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", caller.agency());
        UUID group = callerGroupId();
        if (group == null) {
            query.append(" and workingGroupId is null");
        } else {
            query.append(" and workingGroupId = :group");
            params.put("group", group);
        }
        params.put("deleted", SubscriptionStatus.DELETED);
        if (channel != null) {
            query.append(" and channel = :channel");
            params.put("channel", channel);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        var found = Subscription.<Subscription>find(query.toString(), Sort.descending("createdAt").and("id"), params)
                .page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(SubscriptionView::of).toList(), page, size, found.count());
    }

    /** A subscription with its new secret (webhook) or Kafka password in clear, for the one answer that shows it. */
    public record Rotated(Subscription subscription, String secret, String kafkaPassword) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Rotated rotateSecret(UUID id) {
        Subscription s = find(id);
        OffsetDateTime now = SystemTime.utcNow(clock);
        if (s.channel == SubscriptionChannel.KAFKA) {
            return rotateKafkaCredential(s, now);
        }
        String secret = secrets.newSecret();
        s.sealedPreviousSecret = s.sealedSecret;
        s.previousSecretUntil = now.plus(config.secretRotationGrace());
        s.sealedSecret = secrets.seal(s.id, secret);
        s.secretRotatedAt = now;
        em.flush();
        return new Rotated(s, secret, null);
    }

    /**
     * SCRAM keeps one password per user, so a rotation is a new user: the job grants it, and revokes the previous ones
     * once the grace period is over.
     */
    private Rotated rotateKafkaCredential(Subscription s, OffsetDateTime now) {
        OffsetDateTime until = now.plus(kafkaConfig.credentialGrace());
        em.createNativeQuery("""
                update kafka_credential set revoke_after = :until, next_attempt_at = :until
                where subscription_id = :subscription and state <> 'REVOKED' and revoke_after is null""")
                .setParameter("until", until)
                .setParameter("subscription", s.id)
                .executeUpdate();
        KafkaCredentials.Issued issued = kafkaCredentials.issue(s, now);
        s.kafkaUsername = issued.credential().username;
        s.previousSecretUntil = until;
        s.secretRotatedAt = now;
        em.flush();
        return new Rotated(s, null, issued.password());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID id) {
        Subscription s = find(id);
        if (s.channel == SubscriptionChannel.KAFKA) {
            // the job removes the users and their ACLs (now, not after a grace period). The credentials are locked
            // before the subscription row is written, in the order the provisioning job takes them, so the two
            // never wait on each other (a deadlock)
            OffsetDateTime now = SystemTime.utcNow(clock);
            em.createNativeQuery("""
                    update kafka_credential set revoke_after = :now, next_attempt_at = :now
                    where subscription_id = :subscription and state <> 'REVOKED'""")
                    .setParameter("now", now)
                    .setParameter("subscription", s.id)
                    .executeUpdate();
        }
        s.status = SubscriptionStatus.DELETED;
        s.statusReason = "deleted by " + caller.subject();
        stopped.fire(new SubscriptionStopped(s.id, s.statusReason));
    }

    /**
     * The active subscriptions of an agency (not those of its working groups) that accept an alert with these facts; a
     * KAFKA subscription still PROVISIONING counts: its alerts wait on the topic until its user may read them.
     */
    public static List<Subscription> accepting(String agencyId, Vocabulary.Category category, Vocabulary.Priority priority,
            String provinceCode, Vocabulary.MessageStatus status) {
        return accepting(Subscription.list("agencyId = ?1 and workingGroupId is null and (status = ?2 or (status = ?3 and channel = ?4))",
                Sort.by("createdAt"), agencyId, SubscriptionStatus.ACTIVE, SubscriptionStatus.PROVISIONING, SubscriptionChannel.KAFKA),
                category, priority, provinceCode, status);
    }

    /** The active subscriptions of a working group that accept an alert with these facts. */
    public static List<Subscription> acceptingForGroup(UUID groupId, Vocabulary.Category category, Vocabulary.Priority priority,
            String provinceCode, Vocabulary.MessageStatus status) {
        return accepting(Subscription.list("workingGroupId = ?1 and status = ?2", Sort.by("createdAt"), groupId, SubscriptionStatus.ACTIVE),
                category, priority, provinceCode, status);
    }

    private static List<Subscription> accepting(List<Subscription> candidates, Vocabulary.Category category,
            Vocabulary.Priority priority, String provinceCode, Vocabulary.MessageStatus status) {
        List<Subscription> result = new ArrayList<>();
        for (Subscription s : candidates) {
            if (s.accepts(category, priority, provinceCode, status)) {
                result.add(s);
            }
        }
        return result;
    }

    /** The id of the working group the caller's token speaks for, or null for the agency itself. */
    private UUID callerGroupId() {
        return groups.callerGroup().map(g -> g.id).orElse(null);
    }

    /**
     * The working group a new subscription belongs to: the token's, which must still be open and subscribes by webhook
     * (a partner topic and its Kafka users are per agency); null for the agency itself.
     */
    private UUID ownGroup(SubscriptionChannel channel) {
        WorkingGroup group = groups.callerGroup().orElse(null);
        if (group == null) {
            return null;
        }
        if (group.closedAt != null) {
            throw ProblemException.conflict("The working group was closed on " + group.closedAt + "; it receives no more alerts");
        }
        if (channel == SubscriptionChannel.KAFKA) {
            throw ProblemException.badField("channel", "must be WEBHOOK for a working group: a partner topic and its Kafka users "
                    + "belong to an agency, and alerts.partner." + caller.agency() + ".v1 is read by all of " + caller.agency());
        }
        return group.id;
    }

    /** The URL as stored, once it passed every rule of {@link WebhookTargets}; a 400 naming {@code url} otherwise. */
    private String webhookUrl(String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.badField("url", "is required for a WEBHOOK subscription");
        }
        try {
            return targets.checkSubscription(url.strip()).toString();
        } catch (WebhookTargets.Refused e) {
            throw ProblemException.badField("url", e.getMessage());
        }
    }
}
