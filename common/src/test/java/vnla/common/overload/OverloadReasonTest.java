package vnla.common.overload;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which failures are load (a 503 with Retry-After) and which are bugs (a 500). */
class OverloadReasonTest {

    @Test
    void poolAcquisitionTimeoutWrappedByHibernateIsConnectionPool() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        timeout.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("io.agroal.pool.ConnectionPool", "getConnection", "ConnectionPool.java", 1) });
        PersistenceException hibernate = new PersistenceException("Unable to acquire JDBC Connection", timeout);

        assertEquals(Optional.of(Overload.Reason.CONNECTION_POOL), Overload.reason(new RuntimeException(hibernate)));
    }

    @Test
    void refusedOrLostDatabaseConnectionIsDatabaseUnreachable() {
        assertEquals(Optional.of(Overload.Reason.DATABASE_UNREACHABLE),
                Overload.reason(new PersistenceException(new SQLTransientConnectionException("Connection refused", "08001"))));
        assertEquals(Optional.of(Overload.Reason.DATABASE_UNREACHABLE),
                Overload.reason(new SQLException("sorry, too many clients already", "53300")));
    }

    @Test
    void deadlockOrSerializationFailureIsAWriteConflict() {
        assertEquals(Optional.of(Overload.Reason.WRITE_CONFLICT),
                Overload.reason(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertEquals(Optional.of(Overload.Reason.WRITE_CONFLICT),
                Overload.reason(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void workerPoolRefusingTheTaskIsWorkers() {
        assertEquals(Optional.of(Overload.Reason.WORKERS), Overload.reason(new RejectedExecutionException("queue full")));
    }

    @Test
    void inFlightLimitKeepsItsReason() {
        assertEquals(Optional.of(Overload.Reason.IN_FLIGHT_LIMIT),
                Overload.reason(new ServiceUnavailable(Overload.Reason.IN_FLIGHT_LIMIT)));
    }

    @Test
    void bugsAndOtherDatabaseErrorsAreNotLoad() {
        assertEquals(Optional.empty(), Overload.reason(new NullPointerException()));
        assertEquals(Optional.empty(), Overload.reason(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertEquals(Optional.empty(), Overload.reason(new SQLException("no state")));
    }
}
