package vnla.common.disclosure;

/** Where a disclosure request stands: a second person decides it; an approval is read once, within its window. */
public enum DisclosureStatus {
    PENDING, APPROVED, DENIED, READ, EXPIRED
}
