package vnla.common.overload;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Tells a failure caused by load (or by a database out of reach) from a bug: a connection the pool could not hand out
 * in time, a worker pool that refused the task, a database that refuses or drops connections. Those are a 503 with
 * {@code Retry-After}, not a 500: nothing was written, and the same request succeeds once the load has passed. So is a
 * transaction the database rolled back because another one held the same rows (a deadlock): the retry goes through.
 */
public final class Overload {

    /** Why a request was refused; also the {@code reason} tag of the {@code http.server.requests.shed} counter. */
    public enum Reason {
        IN_FLIGHT_LIMIT("in-flight-limit", "This service is working at its capacity"),
        CONNECTION_POOL("connection-pool", "This service has no free database connection"),
        WORKERS("workers", "This service has no free worker thread"),
        DATABASE_UNREACHABLE("database-unreachable", "This service cannot reach its database"),
        WRITE_CONFLICT("write-conflict", "Another change to the same records was being made at the same moment");

        private final String tag;
        private final String detail;

        Reason(String tag, String detail) {
            this.tag = tag;
            this.detail = detail;
        }

        public String tag() {
            return tag;
        }

        public String detail() {
            return detail + ". Retry after the seconds in Retry-After; a create sent again with the same Idempotency-Key is recorded once.";
        }
    }

    /** SQLSTATE of PostgreSQL refusing a connection: too many connections, starting up or shutting down. */
    private static final Set<String> REFUSED_STATES = Set.of("53300", "57P01", "57P02", "57P03");
    /** SQLSTATE of a transaction PostgreSQL rolled back for another's sake: deadlock, serialization failure, lock not available. */
    private static final Set<String> CONFLICT_STATES = Set.of("40P01", "40001", "55P03");
    private static final String POOL_PACKAGE = "io.agroal.";

    private Overload() {
    }

    /** The load-related reason somewhere in {@code failure}'s cause chain, if there is one. */
    public static Optional<Reason> reason(Throwable failure) {
        Optional<Reason> found = Optional.empty();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ServiceUnavailable unavailable) {
                return Optional.of(unavailable.reason());
            }
            if (t instanceof RejectedExecutionException) {
                return Optional.of(Reason.WORKERS);
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // class 08: the connection could not be made or was lost; the deepest cause says it best
                if (state != null && (state.startsWith("08") || REFUSED_STATES.contains(state))) {
                    return Optional.of(Reason.DATABASE_UNREACHABLE);
                }
                if (state != null && CONFLICT_STATES.contains(state)) {
                    return Optional.of(Reason.WRITE_CONFLICT);
                }
                if (found.isEmpty() && thrownByPool(sql)) {
                    found = Optional.of(Reason.CONNECTION_POOL);
                }
            }
        }
        return found;
    }

    /** Agroal's own exceptions carry no SQLSTATE; what the pool throws itself is its acquisition timeout (or it is closing). */
    private static boolean thrownByPool(SQLException sql) {
        StackTraceElement[] stack = sql.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith(POOL_PACKAGE);
    }
}
