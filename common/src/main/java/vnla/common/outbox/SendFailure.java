package vnla.common.outbox;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a send the broker refused because of the event itself, which will fail however often it is tried, from one
 * that failed because the broker is unreachable, slow or refuses everyone (time-outs, network, authorisation), which
 * is no event's fault and counts against none.
 */
final class SendFailure {

    private static final List<Class<? extends Throwable>> EVENT_AT_FAULT = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, InvalidRecordException.class, SerializationException.class);
    private static final int MAX_DESCRIPTION = 1000;

    private SendFailure() {
    }

    /** The exception the producer reported, without the future's wrapping. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static boolean eventAtFault(Throwable failure) {
        Throwable cause = unwrap(failure);
        return EVENT_AT_FAULT.stream().anyMatch(type -> type.isInstance(cause));
    }

    /** Class and message, bounded: what an operator reads as the event's last error. */
    static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        String text = cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
    }
}
