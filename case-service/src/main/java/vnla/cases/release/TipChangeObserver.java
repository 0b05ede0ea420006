package vnla.cases.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import vnla.cases.config.CasesConfig;
import vnla.cases.tip.TipDismissalApplied;
import vnla.cases.tip.TipProjection;
import vnla.cases.tip.TipTriageApplied;

/**
 * Follows the tip projection: after a triage or dismissal, recalls what the tip's new state no longer allows; then, for
 * a cross-border triage with an alerting priority, releases the tip to the partner agencies named at triage.
 */
@ApplicationScoped
class TipChangeObserver {

    private final RecallService recalls;
    private final ReleaseService releases;
    private final CasesConfig config;

    TipChangeObserver(RecallService recalls, ReleaseService releases, CasesConfig config) {
        this.recalls = recalls;
        this.releases = releases;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onTriaged(@Observes TipTriageApplied triaged) {
        TipProjection tip = triaged.tip();
        recalls.reconsider(tip);
        if (Boolean.TRUE.equals(tip.crossBorder) && config.alertPriorities().contains(tip.priority)) {
            releases.onCrossBorderTriage(tip);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onDismissed(@Observes TipDismissalApplied dismissed) {
        recalls.reconsider(dismissed.tip());
    }
}
