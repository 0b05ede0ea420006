package vnla.cases.suggestion;

/** Why a tip is suggested for an operation. */
public enum SuggestionReason {
    SHARED_PHONE, SHARED_PLATE, SHARED_NAME, SHARED_ID_NUMBER, SAME_AREA, SAME_CATEGORY, WITHIN_PERIOD
}
