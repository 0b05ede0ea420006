package vnla.cases.alert;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vnla.cases.agreement.AgreementService;
import vnla.common.event.HandlingCode;
import vnla.common.event.Vocabulary;

/**
 * Decides who may receive a tip: the handling code first (NATIONAL_ONLY or TLP RED: nobody; BILATERAL: only the
 * agencies named at triage; REGIONAL and INTERPOL: anyone), then an agreement in force between sender and recipient.
 */
@ApplicationScoped
public class ReleasePolicy {

    private final AgreementService agreements;

    public ReleasePolicy(AgreementService agreements) {
        this.agreements = agreements;
    }

    /** Who gets it, and why each other candidate does not. */
    public record Decision(List<String> recipients, Map<String, RefusalReason> refusals) {
    }

    public Decision decide(String sender, Collection<String> candidates, HandlingCode handlingCode, List<String> namedPartners,
            OffsetDateTime at) {
        List<String> recipients = new ArrayList<>();
        Map<String, RefusalReason> refusals = new LinkedHashMap<>();
        for (String candidate : candidates) {
            if (candidate.equals(sender) || recipients.contains(candidate) || refusals.containsKey(candidate)) {
                continue;
            }
            RefusalReason refusal = byHandlingCode(candidate, handlingCode, namedPartners);
            if (refusal == null) {
                refusal = byAgreement(sender, candidate, at);
            }
            if (refusal == null) {
                recipients.add(candidate);
            } else {
                refusals.put(candidate, refusal);
            }
        }
        return new Decision(recipients, refusals);
    }

    private static RefusalReason byHandlingCode(String candidate, HandlingCode handlingCode, List<String> namedPartners) {
        if (handlingCode == null) {
            return RefusalReason.NOT_TRIAGED;
        }
        if (handlingCode.tlp() == Vocabulary.Tlp.RED) {
            return RefusalReason.TLP_RED;
        }
        if (handlingCode.releasability() == Vocabulary.Releasability.NATIONAL_ONLY) {
            return RefusalReason.NATIONAL_ONLY;
        }
        if (handlingCode.releasability() == Vocabulary.Releasability.BILATERAL && !namedPartners.contains(candidate)) {
            return RefusalReason.NOT_NAMED_FOR_BILATERAL_RELEASE;
        }
        return null;
    }

    private RefusalReason byAgreement(String sender, String candidate, OffsetDateTime at) {
        return switch (agreements.standing(sender, candidate, at)) {
            case IN_FORCE -> null;
            case EXPIRED -> RefusalReason.AGREEMENT_EXPIRED;
            case NOT_YET_IN_FORCE -> RefusalReason.AGREEMENT_NOT_YET_IN_FORCE;
            case NONE -> RefusalReason.NO_AGREEMENT;
        };
    }
}
