package vnla.cases.alert;

/** Why a tip was not released to a recipient agency. */
public enum RefusalReason {
    /** The tip has no handling code yet: nothing is released before triage. */
    NOT_TRIAGED,
    /** TLP RED never leaves the originating force. */
    TLP_RED,
    /** Releasability NATIONAL_ONLY never leaves the originating force. */
    NATIONAL_ONLY,
    /** Releasability BILATERAL, and this agency is not among the partner agencies named at triage. */
    NOT_NAMED_FOR_BILATERAL_RELEASE,
    /** The two agencies never signed an agreement. */
    NO_AGREEMENT,
    /** Their agreement ended. */
    AGREEMENT_EXPIRED,
    /** Their agreement starts later. */
    AGREEMENT_NOT_YET_IN_FORCE
}
