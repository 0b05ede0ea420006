import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Applies stack/kafka/acls.txt to the broker: a SCRAM-SHA-512 user for every principal named there (password from the
 * credentials file ./suite generates), then exactly the listed ACLs for those principals (missing ones created, ones
 * no longer listed removed). Safe to run again. Used by {@code ./suite up}; not part of the build.
 *
 * <pre>
 * java -cp '.suite/kafka/libs/*:.suite/kafka/tools' ApplyAcls --command-config .suite/kafka/admin.properties
 *      --acls-file stack/kafka/acls.txt --credentials .suite/kafka/credentials.properties
 * </pre>
 *
 * Exit status 0 when everything is in place, 1 otherwise (with the reason on stderr).
 */
public class ApplyAcls {

    private static final int SCRAM_ITERATIONS = 8192;

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        Path aclsFile = Path.of("stack/kafka/acls.txt");
        Properties credentials = new Properties();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--command-config" -> load(props, Path.of(args[++i]));
                case "--acls-file" -> aclsFile = Path.of(args[++i]);
                case "--credentials" -> load(credentials, Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        props.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "suite-apply-acls");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);

        List<AclBinding> wanted = new ArrayList<>();
        Set<String> principals = new LinkedHashSet<>();
        for (String line : Files.readAllLines(aclsFile)) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\\s+");
            if (f.length != 5) {
                fail(aclsFile + ": expected 'principal operations resource pattern name', got: " + row);
            }
            principals.add(f[0]);
            ResourcePattern resource = new ResourcePattern(ResourceType.fromString(f[2]), f[4], PatternType.fromString(f[3]));
            for (String op : f[1].split(",")) {
                AclOperation operation = AclOperation.fromString(op);
                if (operation == AclOperation.UNKNOWN || resource.resourceType() == ResourceType.UNKNOWN
                        || resource.patternType() == PatternType.UNKNOWN) {
                    fail(aclsFile + ": unknown operation, resource or pattern in: " + row);
                }
                wanted.add(new AclBinding(resource,
                        new AccessControlEntry("User:" + f[0], "*", operation, AclPermissionType.ALLOW)));
            }
        }

        try (Admin admin = Admin.create(props)) {
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            for (String principal : principals) {
                String password = credentials.getProperty(principal + ".password");
                if (password == null || password.isBlank()) {
                    fail("no " + principal + ".password in the credentials file");
                }
                users.add(new UserScramCredentialUpsertion(principal,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password));
            }
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get(15, TimeUnit.SECONDS);

            List<AclBindingFilter> stale = new ArrayList<>();
            for (AclBinding existing : admin.describeAcls(AclBindingFilter.ANY).values().get(15, TimeUnit.SECONDS)) {
                String principal = existing.entry().principal().replaceFirst("^User:", "");
                if (principals.contains(principal) && !wanted.contains(existing)) {
                    stale.add(existing.toFilter());
                }
            }
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get(15, TimeUnit.SECONDS);
            }
            admin.createAcls(wanted).all().get(15, TimeUnit.SECONDS);
            System.out.println(principals.size() + " principals with SCRAM-SHA-512 credentials, " + wanted.size()
                    + " ACLs in place (" + stale.size() + " stale removed)");
        } catch (java.util.concurrent.TimeoutException | ExecutionException e) {
            fail("Kafka at " + props.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + " refused or did not answer: "
                    + (e.getCause() != null ? e.getCause() : e));
        }
    }

    private static void load(Properties into, Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            into.load(in);
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
