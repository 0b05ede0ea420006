package vnla.cases.operation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vnla.testing.StatusMoves;

/** A joint operation's status moves: PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED, ACTIVE closing directly too. */
class OperationStatusTest {

    /** Every move the life cycle allows; every other pair, a status to itself included, is refused. */
    private static final Map<OperationStatus, Set<OperationStatus>> ALLOWED = Map.of(
            OperationStatus.PLANNED, EnumSet.of(OperationStatus.ACTIVE),
            OperationStatus.ACTIVE, EnumSet.of(OperationStatus.SUSPENDED, OperationStatus.CLOSED),
            OperationStatus.SUSPENDED, EnumSet.of(OperationStatus.ACTIVE, OperationStatus.CLOSED),
            OperationStatus.CLOSED, EnumSet.noneOf(OperationStatus.class));

    @Test
    void everyMoveIsAllowedOrRefusedAsTheLifeCycleSays() {
        StatusMoves.assertAllowedExactly(OperationStatus.class, ALLOWED, OperationStatus::canMoveTo);
    }
}
