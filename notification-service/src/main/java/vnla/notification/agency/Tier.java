package vnla.notification.agency;

import java.util.Optional;

/** The four tiers of a receiving force's hotline network, lowest first; escalation goes one tier up. */
public enum Tier {
    BORDER_POST, DISTRICT, PROVINCE, MINISTRY;

    /** The tier an unacknowledged alert escalates to; empty at the ministry. */
    public Optional<Tier> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
