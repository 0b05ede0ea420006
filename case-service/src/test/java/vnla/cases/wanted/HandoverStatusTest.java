package vnla.cases.wanted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vnla.cases.wanted.HandoverStatus.Side;
import vnla.testing.StatusMoves;

/** A handover's steps: PROPOSED → AGREED → HANDED_OVER, or CANCELLED; agreed by the other side, handed over once both confirmed. */
class HandoverStatusTest {

    /** Every move the life cycle allows; every other pair, a status to itself included, is refused. */
    private static final Map<HandoverStatus, Set<HandoverStatus>> ALLOWED = Map.of(
            HandoverStatus.PROPOSED, EnumSet.of(HandoverStatus.AGREED, HandoverStatus.CANCELLED),
            HandoverStatus.AGREED, EnumSet.of(HandoverStatus.HANDED_OVER, HandoverStatus.CANCELLED),
            HandoverStatus.HANDED_OVER, EnumSet.noneOf(HandoverStatus.class),
            HandoverStatus.CANCELLED, EnumSet.noneOf(HandoverStatus.class));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheLifeCycleSays() {
        StatusMoves.assertAllowedExactly(HandoverStatus.class, ALLOWED, HandoverStatus::canMoveTo);
    }

    @Test
    void theSideThatDidNotProposeAgrees() {
        assertEquals(Side.RECEIVING, HandoverStatus.agreedBy(Side.HANDING));
        assertEquals(Side.HANDING, HandoverStatus.agreedBy(Side.RECEIVING));
    }

    @Test
    void handedOverOnlyOnceBothSidesConfirmed() {
        assertEquals(HandoverStatus.AGREED, HandoverStatus.afterConfirmations(EnumSet.noneOf(Side.class)));
        assertEquals(HandoverStatus.AGREED, HandoverStatus.afterConfirmations(EnumSet.of(Side.HANDING)));
        assertEquals(HandoverStatus.AGREED, HandoverStatus.afterConfirmations(EnumSet.of(Side.RECEIVING)));
        assertEquals(HandoverStatus.HANDED_OVER, HandoverStatus.afterConfirmations(EnumSet.of(Side.HANDING, Side.RECEIVING)));
    }
}
