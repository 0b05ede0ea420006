package vnla.cases.tip;

/** CDI event: hotline-service's dismissal of the tip was applied to its projection in this transaction. */
public record TipDismissalApplied(TipProjection tip) {
}
