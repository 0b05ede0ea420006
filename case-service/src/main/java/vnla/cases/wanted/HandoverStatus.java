package vnla.cases.wanted;

import java.util.Map;
import java.util.Set;

/**
 * Where a handover stands: PROPOSED → AGREED → HANDED_OVER, or CANCELLED before it is done. One side proposes, the
 * other agrees; it is HANDED_OVER once both sides confirmed, each once; either side cancels.
 */
public enum HandoverStatus {
    PROPOSED, AGREED, HANDED_OVER, CANCELLED;

    /** The two sides: the agency holding the person, and the issuing agency that receives them. */
    public enum Side {
        HANDING, RECEIVING;

        public Side other() {
            return this == HANDING ? RECEIVING : HANDING;
        }
    }

    private static final Map<HandoverStatus, Set<HandoverStatus>> MOVES = Map.of(
            PROPOSED, Set.of(AGREED, CANCELLED),
            AGREED, Set.of(HANDED_OVER, CANCELLED),
            HANDED_OVER, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(HandoverStatus target) {
        return MOVES.get(this).contains(target);
    }

    /** The side that agrees to a handover {@code proposer} proposed: always the other one. */
    public static Side agreedBy(Side proposer) {
        return proposer.other();
    }

    /** The status after the sides in {@code confirmed} confirmed an AGREED handover: HANDED_OVER once both have. */
    public static HandoverStatus afterConfirmations(Set<Side> confirmed) {
        return confirmed.containsAll(Set.of(Side.values())) ? HANDED_OVER : AGREED;
    }
}
