package vnla.common.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shared words of domain.md that travel in events and appear in every service's API. */
public final class Vocabulary {

    private Vocabulary() {
    }

    public enum Channel { HOTLINE_CALL, BLO_REFERRAL, WALK_IN, PATROL_REPORT, PARTNER_REFERRAL, ONLINE }

    public enum Category {
        DRUG_TRAFFICKING, HUMAN_TRAFFICKING, WANTED_FUGITIVE, WEAPONS_SMUGGLING, HIGH_TECH_CRIME,
        ILLEGAL_BORDER_CROSSING, OTHER_TRANSNATIONAL
    }

    public enum Language { vi, lo, en }

    public enum Priority { FLASH, URGENT, ROUTINE }

    /** Admiralty source reliability. */
    public enum SourceReliability { A, B, C, D, E, F }

    /** Traffic Light Protocol 2.0. */
    public enum Tlp {
        CLEAR, GREEN, AMBER, @JsonProperty("AMBER+STRICT") AMBER_STRICT, RED
    }

    public enum Releasability { NATIONAL_ONLY, BILATERAL, REGIONAL, INTERPOL }

    /** CAP 1.2 status of an alert: exercises and tests are carried, never dropped. */
    public enum MessageStatus { ACTUAL, EXERCISE, TEST }

    /** CAP 1.2 message type. */
    public enum MessageType { ALERT, UPDATE, CANCEL }

    public enum QuantityUnit { TABLET, GRAM, KILOGRAM, PIECE, ROUND }
}
