package vnla.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Which send failures count against the event, and which are the broker's. */
class SendFailureTest {

    @Test
    void anEventTooLargeOrUnserialisableIsItsOwnFault() {
        assertTrue(SendFailure.eventAtFault(new ExecutionException(new RecordTooLargeException("The message is 2000000 bytes"))));
        assertTrue(SendFailure.eventAtFault(new SerializationException("cannot serialize")));
    }

    @Test
    void aBrokerThatIsDownSlowOrRefusesEveryoneIsNoEventsFault() {
        assertFalse(SendFailure.eventAtFault(new ExecutionException(new TimeoutException("Topic not present in metadata after 5000 ms"))));
        assertFalse(SendFailure.eventAtFault(new ExecutionException(new NetworkException("disconnected"))));
        assertFalse(SendFailure.eventAtFault(new NotEnoughReplicasException("not enough in-sync replicas")));
        assertFalse(SendFailure.eventAtFault(new TopicAuthorizationException("not authorised")));
        assertFalse(SendFailure.eventAtFault(new IllegalStateException("interrupted while waiting for the broker")));
    }

    @Test
    void theDescriptionNamesTheProducersExceptionAndIsBounded() {
        assertEquals("org.apache.kafka.common.errors.RecordTooLargeException: too large",
                SendFailure.describe(new ExecutionException(new RecordTooLargeException("too large"))));
        assertEquals(1000, SendFailure.describe(new RecordTooLargeException("x".repeat(5000))).length());
    }
}
