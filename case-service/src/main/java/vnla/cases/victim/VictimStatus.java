package vnla.cases.victim;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a victim referral stands: REFERRED → IDENTIFIED → RETURNED → RECEIVED. The receiving agency identifies (the
 * person is its national) and receives; the referring agency returns (hands over at a border gate).
 */
public enum VictimStatus {
    REFERRED, IDENTIFIED, RETURNED, RECEIVED;

    /** The two sides of a referral. */
    public enum Side { REFERRING, RECEIVING }

    private static final Map<VictimStatus, Set<VictimStatus>> MOVES = Map.of(
            REFERRED, Set.of(IDENTIFIED),
            IDENTIFIED, Set.of(RETURNED),
            RETURNED, Set.of(RECEIVED),
            RECEIVED, Set.of());

    public boolean canMoveTo(VictimStatus target) {
        return MOVES.get(this).contains(target);
    }

    /** The side that moves a referral into this status; none for REFERRED, which only a new referral starts in. */
    public Optional<Side> movedBy() {
        return switch (this) {
            case REFERRED -> Optional.empty();
            case IDENTIFIED, RECEIVED -> Optional.of(Side.RECEIVING);
            case RETURNED -> Optional.of(Side.REFERRING);
        };
    }
}
