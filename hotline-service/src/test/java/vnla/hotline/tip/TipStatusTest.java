package vnla.hotline.tip;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vnla.testing.StatusMoves;

/** A tip's status moves: RECEIVED → TRIAGED (again and again) → LINKED, or DISMISSED before it is linked. */
class TipStatusTest {

    /** Every move allowed; every other pair is a 409. */
    private static final Map<TipStatus, Set<TipStatus>> ALLOWED = Map.of(
            TipStatus.RECEIVED, EnumSet.of(TipStatus.TRIAGED, TipStatus.LINKED, TipStatus.DISMISSED),
            TipStatus.TRIAGED, EnumSet.of(TipStatus.TRIAGED, TipStatus.LINKED, TipStatus.DISMISSED),
            TipStatus.LINKED, EnumSet.of(TipStatus.LINKED),
            TipStatus.DISMISSED, EnumSet.noneOf(TipStatus.class));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheLifeCycleSays() {
        StatusMoves.assertAllowedExactly(TipStatus.class, ALLOWED, TipStatus::canMoveTo);
    }
}
