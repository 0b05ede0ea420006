package vnla.cases.release;

/** Why a tip is not released to an agency, or no longer shown to it. */
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
    /** Their agreement was proposed but not countersigned. */
    AGREEMENT_NOT_COUNTERSIGNED,
    /** Their agreement ended. */
    AGREEMENT_EXPIRED,
    /** Their agreement starts later. */
    AGREEMENT_NOT_YET_IN_FORCE,
    /** Their agreement is suspended. */
    AGREEMENT_SUSPENDED,
    /** Their agreement was terminated. */
    AGREEMENT_TERMINATED,
    /** Their agreement does not cover the tip's category. */
    OUTSIDE_AGREEMENT_SCOPE,
    /** The owning agency never released the tip to this agency. */
    NOT_RELEASED,
    /** The tip was released, then recalled. */
    WITHDRAWN
}
