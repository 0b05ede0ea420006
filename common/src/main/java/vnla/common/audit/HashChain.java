package vnla.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Tamper evidence for append-only logs: each row carries SHA-256 over its canonical content and the previous row's
 * hash, so altering, deleting or reordering a row breaks the chain at that row. Appenders must serialise (see
 * {@link #lockSql(String)}) so two rows never claim the same predecessor.
 */
public final class HashChain {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** One stored row as the verifier sees it: its position in the chain, its content and the hashes it carries. */
    public record Link(long position, String id, String canonical, String previousHash, String hash) {
    }

    /** The first row where the chain breaks, and why. */
    public record Break(long position, String id, String reason) {
    }

    /** The content of a row, unambiguous: every field length-prefixed, null distinct from empty. */
    public static String canonical(Object... fields) {
        StringBuilder out = new StringBuilder();
        for (Object field : fields) {
            if (field == null) {
                out.append("-;");
            } else {
                String text = field.toString();
                out.append(text.length()).append(':').append(text).append(';');
            }
        }
        return out.toString();
    }

    public static String hash(String previousHash, String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            sha256.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a verification endpoint answers: intact, or the first broken row. */
    public record Verification(boolean intact, long rows, Break firstBroken) {

        public static Verification of(List<Link> links) {
            Optional<Break> broken = verify(links);
            return new Verification(broken.isEmpty(), links.size(), broken.orElse(null));
        }
    }

    /**
     * Checks rows in chain order from position 1; empty when intact. A missing row shows as a break at its successor
     * (missing first rows at the first one left).
     */
    public static Optional<Break> verify(List<Link> links) {
        String previous = GENESIS;
        long expectedPosition = 1;
        for (Link link : links) {
            if (link.position() != expectedPosition) {
                return Optional.of(new Break(link.position(), link.id(), "a row before it is missing (expected position " + expectedPosition + ")"));
            }
            if (!link.previousHash().equals(previous)) {
                return Optional.of(new Break(link.position(), link.id(), "does not follow the previous row's hash"));
            }
            if (!hash(previous, link.canonical()).equals(link.hash())) {
                return Optional.of(new Break(link.position(), link.id(), "content does not match its hash"));
            }
            previous = link.hash();
            expectedPosition = link.position() + 1;
        }
        return Optional.empty();
    }

    /** SQL that takes the transaction-scoped lock serialising appends to one chain (run it before reading the last row). */
    public static String lockSql(String chain) {
        return "select pg_advisory_xact_lock(" + chainLockKey(chain) + ")";
    }

    private static long chainLockKey(String chain) {
        long h = 1125899906842597L;
        for (char c : ("hash-chain:" + chain).toCharArray()) {
            h = 31 * h + c;
        }
        return h;
    }
}
