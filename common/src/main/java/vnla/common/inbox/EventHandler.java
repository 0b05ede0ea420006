package vnla.common.inbox;

/**
 * One consumer of one incoming channel: its name in the inbox, and what it does with each event. {@link InboxConsumer}
 * runs it at most once per event, and the dead-letter endpoint replays through it.
 */
public interface EventHandler {

    /** What applying an event came to. */
    enum Outcome {
        /** The effect is done (or the event needs none). */
        APPLIED,
        /**
         * The event follows an earlier event of its aggregate that has not been applied yet (a triage whose tip is not
         * known): nothing was changed, and the event is kept until that predecessor is applied.
         */
        PREDECESSOR_MISSING
    }

    /** The consumer's name in the inbox, e.g. {@code case-service.tips}. */
    String consumer();

    /** The incoming channel it reads ({@code mp.messaging.incoming.<channel>}), whose dead-letter topic is its own. */
    String channel();

    /**
     * Applies the event's payload inside the caller's transaction. Answers {@link Outcome#PREDECESSOR_MISSING} before
     * changing anything when the event needs an earlier one of its aggregate that has not been applied.
     */
    Outcome apply(Record payload);
}
