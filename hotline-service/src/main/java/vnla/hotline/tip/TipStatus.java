package vnla.hotline.tip;

import java.util.EnumSet;
import java.util.Set;

/** Where a tip is in its life: RECEIVED → TRIAGED → LINKED, or DISMISSED. */
public enum TipStatus {
    RECEIVED, TRIAGED, LINKED, DISMISSED;

    /** The statuses this one may move to; anything else is a 409. */
    public Set<TipStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(TRIAGED, LINKED, DISMISSED);
            case TRIAGED -> EnumSet.of(TRIAGED, LINKED, DISMISSED);
            case LINKED -> EnumSet.of(LINKED);
            case DISMISSED -> EnumSet.noneOf(TipStatus.class);
        };
    }

    public boolean canMoveTo(TipStatus target) {
        return next().contains(target);
    }
}
