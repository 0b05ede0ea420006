package vnla.cases.verification;

import java.util.Map;
import java.util.Set;

/**
 * Where a request for verification stands: SENT, then ACCEPTED or CLARIFICATION_ASKED by the requested agency (the
 * requester's clarification makes it ACCEPTED), ANSWERED by the requested agency; one still open at its deadline
 * becomes OVERDUE, and may still be answered late.
 */
public enum VerificationStatus {
    SENT, ACCEPTED, CLARIFICATION_ASKED, ANSWERED, OVERDUE;

    /** The two sides of a request. */
    public enum Side { REQUESTING, REQUESTED }

    /** A step one side takes, from the statuses it may be taken in, into the status it leads to. */
    public enum Step {
        ACCEPT(Side.REQUESTED, ACCEPTED, Set.of(SENT)),
        ASK_CLARIFICATION(Side.REQUESTED, CLARIFICATION_ASKED, Set.of(SENT, ACCEPTED)),
        CLARIFY(Side.REQUESTING, ACCEPTED, Set.of(CLARIFICATION_ASKED)),
        ANSWER(Side.REQUESTED, ANSWERED, Set.of(SENT, ACCEPTED, CLARIFICATION_ASKED, OVERDUE));

        private final Side side;
        private final VerificationStatus to;
        private final Set<VerificationStatus> from;

        Step(Side side, VerificationStatus to, Set<VerificationStatus> from) {
            this.side = side;
            this.to = to;
            this.from = from;
        }

        public Side side() {
            return side;
        }

        public VerificationStatus to() {
            return to;
        }

        public boolean allowedFrom(VerificationStatus status) {
            return from.contains(status);
        }
    }

    private static final Map<VerificationStatus, Set<VerificationStatus>> MOVES = Map.of(
            SENT, Set.of(ACCEPTED, CLARIFICATION_ASKED, ANSWERED, OVERDUE),
            ACCEPTED, Set.of(CLARIFICATION_ASKED, ANSWERED, OVERDUE),
            CLARIFICATION_ASKED, Set.of(ACCEPTED, ANSWERED, OVERDUE),
            ANSWERED, Set.of(),
            OVERDUE, Set.of(ANSWERED));

    public boolean canMoveTo(VerificationStatus target) {
        return MOVES.get(this).contains(target);
    }

    /** Still waiting for the answer: the deadline job makes it OVERDUE when the deadline passes. */
    public boolean open() {
        return canMoveTo(OVERDUE);
    }
}
