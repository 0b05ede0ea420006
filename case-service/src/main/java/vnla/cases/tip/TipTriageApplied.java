package vnla.cases.tip;

/**
 * CDI event: hotline-service's triage of the tip was applied to its projection in this transaction; the release
 * feature reconsiders what the tip may go to.
 */
public record TipTriageApplied(TipProjection tip) {
}
