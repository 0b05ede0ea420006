package vnla.cases.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vnla.testing.StatusMoves;

/** A victim referral's steps: REFERRED → IDENTIFIED → RETURNED → RECEIVED, each by its own side. */
class VictimStatusTest {

    /** Every move the life cycle allows; every other pair, a status to itself included, is refused. */
    private static final Map<VictimStatus, Set<VictimStatus>> ALLOWED = Map.of(
            VictimStatus.REFERRED, EnumSet.of(VictimStatus.IDENTIFIED),
            VictimStatus.IDENTIFIED, EnumSet.of(VictimStatus.RETURNED),
            VictimStatus.RETURNED, EnumSet.of(VictimStatus.RECEIVED),
            VictimStatus.RECEIVED, EnumSet.noneOf(VictimStatus.class));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheLifeCycleSays() {
        StatusMoves.assertAllowedExactly(VictimStatus.class, ALLOWED, VictimStatus::canMoveTo);
    }

    @Test
    void theReceivingAgencyIdentifiesAndReceivesTheReferringAgencyReturns() {
        assertEquals(Optional.empty(), VictimStatus.REFERRED.movedBy());
        assertEquals(Optional.of(VictimStatus.Side.RECEIVING), VictimStatus.IDENTIFIED.movedBy());
        assertEquals(Optional.of(VictimStatus.Side.REFERRING), VictimStatus.RETURNED.movedBy());
        assertEquals(Optional.of(VictimStatus.Side.RECEIVING), VictimStatus.RECEIVED.movedBy());
    }
}
