package vnla.cases.operation;

import java.util.Map;
import java.util.Set;

/** Where a joint operation stands: PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED (ACTIVE may also close directly). */
public enum OperationStatus {
    PLANNED, ACTIVE, SUSPENDED, CLOSED;

    private static final Map<OperationStatus, Set<OperationStatus>> MOVES = Map.of(
            PLANNED, Set.of(ACTIVE),
            ACTIVE, Set.of(SUSPENDED, CLOSED),
            SUSPENDED, Set.of(ACTIVE, CLOSED),
            CLOSED, Set.of());

    public boolean canMoveTo(OperationStatus target) {
        return MOVES.get(this).contains(target);
    }
}
