package vnla.cases.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vnla.cases.verification.VerificationStatus.Side;
import vnla.cases.verification.VerificationStatus.Step;
import vnla.testing.StatusMoves;

/** A request for verification's moves: SENT, ACCEPTED or CLARIFICATION_ASKED, ANSWERED, or OVERDUE at the deadline. */
class VerificationStatusTest {

    /** Every move the life cycle allows; every other pair, a status to itself included, is refused. */
    private static final Map<VerificationStatus, Set<VerificationStatus>> ALLOWED = Map.of(
            VerificationStatus.SENT, EnumSet.of(VerificationStatus.ACCEPTED, VerificationStatus.CLARIFICATION_ASKED,
                    VerificationStatus.ANSWERED, VerificationStatus.OVERDUE),
            VerificationStatus.ACCEPTED, EnumSet.of(VerificationStatus.CLARIFICATION_ASKED, VerificationStatus.ANSWERED,
                    VerificationStatus.OVERDUE),
            VerificationStatus.CLARIFICATION_ASKED, EnumSet.of(VerificationStatus.ACCEPTED, VerificationStatus.ANSWERED,
                    VerificationStatus.OVERDUE),
            VerificationStatus.ANSWERED, EnumSet.noneOf(VerificationStatus.class),
            VerificationStatus.OVERDUE, EnumSet.of(VerificationStatus.ANSWERED));

    /** The statuses each step may be taken in. */
    private static final Map<Step, Set<VerificationStatus>> STEPS_FROM = Map.of(
            Step.ACCEPT, EnumSet.of(VerificationStatus.SENT),
            Step.ASK_CLARIFICATION, EnumSet.of(VerificationStatus.SENT, VerificationStatus.ACCEPTED),
            Step.CLARIFY, EnumSet.of(VerificationStatus.CLARIFICATION_ASKED),
            Step.ANSWER, EnumSet.of(VerificationStatus.SENT, VerificationStatus.ACCEPTED, VerificationStatus.CLARIFICATION_ASKED,
                    VerificationStatus.OVERDUE));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheLifeCycleSays() {
        StatusMoves.assertAllowedExactly(VerificationStatus.class, ALLOWED, VerificationStatus::canMoveTo);
    }

    @Test
    void everyStepIsTakenOnlyFromItsStatusesAndLeadsToAnAllowedMove() {
        for (Step step : Step.values()) {
            for (VerificationStatus from : VerificationStatus.values()) {
                assertEquals(STEPS_FROM.get(step).contains(from), step.allowedFrom(from), step + " from " + from);
                if (step.allowedFrom(from)) {
                    assertTrue(from.canMoveTo(step.to()), step + " from " + from);
                }
            }
        }
    }

    @Test
    void theRequestedAgencyAcceptsAsksAndAnswersTheRequesterClarifies() {
        assertEquals(Side.REQUESTED, Step.ACCEPT.side());
        assertEquals(Side.REQUESTED, Step.ASK_CLARIFICATION.side());
        assertEquals(Side.REQUESTING, Step.CLARIFY.side());
        assertEquals(Side.REQUESTED, Step.ANSWER.side());
    }

    @Test
    void onlyARequestStillWaitingForItsAnswerFallsOverdue() {
        assertTrue(VerificationStatus.SENT.open());
        assertTrue(VerificationStatus.ACCEPTED.open());
        assertTrue(VerificationStatus.CLARIFICATION_ASKED.open());
        assertFalse(VerificationStatus.ANSWERED.open());
        assertFalse(VerificationStatus.OVERDUE.open());
    }
}
