package vnla.hotline.tip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

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
        for (TipStatus from : TipStatus.values()) {
            for (TipStatus to : TipStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
            }
        }
    }
}
