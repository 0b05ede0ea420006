package vnla.notification.subscription;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

import vnla.common.event.Topics;

/**
 * A partner's Kafka access through the Admin API, as the provisioning principal: a SCRAM-SHA-512 user that may read and
 * describe only {@code alerts.partner.<agency>.v1} and use consumer groups prefixed {@code partner.<agency>.}. Every
 * call is idempotent (grant again, revoke again), so a job can retry one that failed half-way.
 */
public final class PartnerKafkaAccess implements AutoCloseable {

    private static final int SCRAM_ITERATIONS = 8192;
    private static final long DEFAULT_TIMEOUT_MILLIS = 15_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Admin admin;
    private final long timeoutMillis;

    public PartnerKafkaAccess(Map<String, Object> provisionerConfig) {
        this(provisionerConfig, DEFAULT_TIMEOUT_MILLIS);
    }

    /** With a deadline per Admin call: a broker that does not answer in time is a {@link KafkaProvisioningException}. */
    public PartnerKafkaAccess(Map<String, Object> provisionerConfig, long timeoutMillis) {
        this.admin = Admin.create(provisionerConfig);
        this.timeoutMillis = timeoutMillis;
    }

    /** The consumer-group prefix a partner's groups must start with. */
    public static String groupPrefix(String agencyId) {
        return "partner." + agencyId + ".";
    }

    /** Creates (or resets the password of) the user and gives it exactly its ACLs. */
    public void grant(String username, String password, String agencyId) {
        call(() -> admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(username,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password))).all()
                .get(timeoutMillis, TimeUnit.MILLISECONDS));
        call(() -> admin.createAcls(bindings(username, agencyId)).all().get(timeoutMillis, TimeUnit.MILLISECONDS));
    }

    /**
     * Removes the user's ACLs and makes its password unusable: the SCRAM credential is replaced by one made from 32
     * random bytes that are never kept, so the user can neither log in nor do anything. The credential is not deleted:
     * Kafka 4.1.1 (the broker the Quarkus BOM manages) loses every SCRAM user at start-up when its metadata log holds a
     * credential deletion ({@code ScramDelta.apply} drops the mechanism when a deletion meets an empty user map while
     * it replays the log onto the empty image), so a deletion would lock every service out after the next restart.
     * Calling it again is harmless.
     */
    public void revoke(String username) {
        call(() -> admin.deleteAcls(List.of(new AclBindingFilter(ResourcePatternFilter.ANY,
                new AccessControlEntryFilter(principal(username), null, AclOperation.ANY, AclPermissionType.ANY))))
                .all().get(timeoutMillis, TimeUnit.MILLISECONDS));
        byte[] unusable = new byte[32];
        RANDOM.nextBytes(unusable);
        call(() -> admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(username,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), unusable))).all().get(timeoutMillis, TimeUnit.MILLISECONDS));
    }

    static List<AclBinding> bindings(String username, String agencyId) {
        String principal = principal(username);
        List<AclBinding> bindings = new ArrayList<>();
        ResourcePattern topic = new ResourcePattern(ResourceType.TOPIC, Topics.partnerAlerts(agencyId), PatternType.LITERAL);
        ResourcePattern groups = new ResourcePattern(ResourceType.GROUP, groupPrefix(agencyId), PatternType.PREFIXED);
        for (AclOperation op : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
            bindings.add(new AclBinding(topic, new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW)));
        }
        bindings.add(new AclBinding(groups, new AccessControlEntry(principal, "*", AclOperation.READ, AclPermissionType.ALLOW)));
        return bindings;
    }

    private static String principal(String username) {
        return "User:" + username;
    }

    private interface KafkaCall {
        void run() throws ExecutionException, TimeoutException, InterruptedException;
    }

    private void call(KafkaCall call) {
        try {
            call.run();
        } catch (ExecutionException e) {
            throw new KafkaProvisioningException("Kafka refused the change: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaProvisioningException("Kafka did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaProvisioningException("interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }

    /** The broker could not be changed now (down, slow, or refused); the caller retries later. */
    public static final class KafkaProvisioningException extends RuntimeException {
        KafkaProvisioningException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
