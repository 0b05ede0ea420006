package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vnla.cases.agreement.AgreementService;
import vnla.cases.tip.TipProjection;
import vnla.common.event.HandlingCode;
import vnla.common.event.Vocabulary;

/**
 * The one place that decides what an agency may see of a tip another agency received, on every path: alert requests,
 * reads, links, suggestions. A tip leaves its force only under a handling code that allows it (NATIONAL_ONLY or TLP RED:
 * never; BILATERAL: only the agencies named at triage; REGIONAL and INTERPOL: any) and an agreement in force that covers
 * its category; another agency sees it only through a release in the ledger that still holds at read time.
 */
@ApplicationScoped
public class ReleasePolicy {

    /** How much of a tip an agency sees. */
    public enum Access {
        /** The receiving agency: everything case-service holds. */
        OWNER,
        /** Released, with persons' names, phones and ID numbers. */
        RELEASED,
        /** Released without persons' names, phones and ID numbers. */
        RELEASED_WITHOUT_PERSONS,
        /** Not released, or no longer: a placeholder with the reason. */
        WITHHELD
    }

    /** What an agency sees of a tip, and why when withheld. */
    public record Sight(Access access, RefusalReason reason) {

        public boolean seesContent() {
            return access != Access.WITHHELD;
        }

        public boolean seesPersons() {
            return access == Access.OWNER || access == Access.RELEASED;
        }
    }

    /** Who may be sent a tip now, under which agreement, and why each other candidate may not. */
    public record Decision(Map<String, UUID> recipients, Map<String, RefusalReason> refusals) {
    }

    /** What the agreements between a tip's receiving agency and a candidate say at the instant of a decision. */
    interface Agreements {

        /** The id of an agreement in force that covers the tip's category, if any. */
        Optional<UUID> inForce(String candidate);

        AgreementService.Standing standing(String candidate);
    }

    private final AgreementService agreements;
    private final EntityManager em;

    public ReleasePolicy(AgreementService agreements, EntityManager em) {
        this.agreements = agreements;
        this.em = em;
    }

    /** Which candidates the sender may release the tip to at {@code at}. */
    public Decision decide(TipProjection tip, Collection<String> candidates, OffsetDateTime at) {
        return decide(tip.receivingAgency, tip.handlingCode(), tip.partners(), candidates, agreementsOf(tip, at));
    }

    /**
     * The decision table: the receiving agency and repeated candidates are skipped; the handling code refuses first, then
     * the lack of an agreement in force (with the reason its standing gives); agreements are asked about only when the
     * handling code allows the candidate.
     */
    static Decision decide(String receivingAgency, HandlingCode handlingCode, List<String> namedPartners,
            Collection<String> candidates, Agreements agreements) {
        Map<String, UUID> recipients = new LinkedHashMap<>();
        Map<String, RefusalReason> refusals = new LinkedHashMap<>();
        for (String candidate : candidates) {
            if (candidate.equals(receivingAgency) || recipients.containsKey(candidate) || refusals.containsKey(candidate)) {
                continue;
            }
            RefusalReason refusal = byHandlingCode(candidate, handlingCode, namedPartners);
            Optional<UUID> agreement = refusal == null ? agreements.inForce(candidate) : Optional.empty();
            if (refusal == null && agreement.isEmpty()) {
                refusal = byAgreement(agreements.standing(candidate));
            }
            if (refusal == null) {
                recipients.put(candidate, agreement.get());
            } else {
                refusals.put(candidate, refusal);
            }
        }
        return new Decision(recipients, refusals);
    }

    /** What {@code viewer} sees of the tip at {@code at}. */
    public Sight sight(TipProjection tip, String viewer, OffsetDateTime at) {
        if (tip.receivingAgency.equals(viewer)) {
            return new Sight(Access.OWNER, null);
        }
        return sight(tip, viewer, latest(tip.id, viewer), at);
    }

    /** The tips released to {@code viewer} whose release still holds at {@code at}, with what it sees of each. */
    public Map<UUID, Sight> releasedTo(String viewer, OffsetDateTime at) {
        @SuppressWarnings("unchecked")
        List<ReleaseEntry> entries = em.createNativeQuery("""
                select distinct on (tip_id) * from release_ledger where agency = :agency order by tip_id, position desc""",
                ReleaseEntry.class).setParameter("agency", viewer).getResultList();
        List<UUID> held = entries.stream().filter(e -> e.kind != ReleaseEntry.Kind.WITHDRAWN).map(e -> e.tipId).toList();
        Map<UUID, Sight> sights = new HashMap<>();
        if (held.isEmpty()) {
            return sights;
        }
        Map<UUID, ReleaseEntry> byTip = new HashMap<>();
        entries.forEach(e -> byTip.put(e.tipId, e));
        for (TipProjection tip : TipProjection.<TipProjection>list("id in ?1", held)) {
            Sight sight = sight(tip, viewer, byTip.get(tip.id), at);
            if (sight.seesContent()) {
                sights.put(tip.id, sight);
            }
        }
        return sights;
    }

    /** The agencies whose release of the tip still stands in the ledger (not withdrawn), with their latest entry. */
    public List<ReleaseEntry> standingReleases(UUID tipId) {
        @SuppressWarnings("unchecked")
        List<ReleaseEntry> entries = em.createNativeQuery("""
                select distinct on (agency) * from release_ledger where tip_id = :tip order by agency, position desc""",
                ReleaseEntry.class).setParameter("tip", tipId).getResultList();
        return new ArrayList<>(entries.stream().filter(e -> e.kind != ReleaseEntry.Kind.WITHDRAWN).toList());
    }

    /** Whether the handling code lets the tip go to {@code candidate}, and if not, why. */
    static RefusalReason byHandlingCode(String candidate, HandlingCode handlingCode, List<String> namedPartners) {
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

    /**
     * Persons' names, phones and ID numbers go to an agency the sender named (BILATERAL), or under REGIONAL and INTERPOL
     * releasability unless TLP AMBER+STRICT keeps identifying details with the force that holds the tip.
     */
    static boolean personsAllowed(HandlingCode handlingCode) {
        return handlingCode.releasability() == Vocabulary.Releasability.BILATERAL || handlingCode.tlp() != Vocabulary.Tlp.AMBER_STRICT;
    }

    /** Whether the code {@code now} is stricter than {@code before}: a higher TLP or a narrower releasability. */
    static boolean narrower(HandlingCode now, HandlingCode before) {
        return now.tlp().compareTo(before.tlp()) > 0 || now.releasability().compareTo(before.releasability()) < 0;
    }

    private Sight sight(TipProjection tip, String viewer, ReleaseEntry latest, OffsetDateTime at) {
        return sight(latest == null ? null : latest.kind, viewer, tip.handlingCode(), tip.partners(), agreementsOf(tip, at));
    }

    /**
     * What another agency sees of a tip, given the latest ledger entry for it ({@code null}: never released): a release
     * that still stands shows the tip while the handling code and an agreement in force allow it, with persons where
     * {@link #personsAllowed} does.
     */
    static Sight sight(ReleaseEntry.Kind latest, String viewer, HandlingCode handlingCode, List<String> namedPartners,
            Agreements agreements) {
        if (latest == null) {
            return withheld(RefusalReason.NOT_RELEASED);
        }
        if (latest == ReleaseEntry.Kind.WITHDRAWN) {
            return withheld(RefusalReason.WITHDRAWN);
        }
        RefusalReason refusal = byHandlingCode(viewer, handlingCode, namedPartners);
        if (refusal == null && agreements.inForce(viewer).isEmpty()) {
            refusal = byAgreement(agreements.standing(viewer));
        }
        if (refusal != null) {
            return withheld(refusal);
        }
        return new Sight(personsAllowed(handlingCode) ? Access.RELEASED : Access.RELEASED_WITHOUT_PERSONS, null);
    }

    private static Sight withheld(RefusalReason reason) {
        return new Sight(Access.WITHHELD, reason);
    }

    /** The agreements between the tip's receiving agency and each candidate, at {@code at}, for the tip's category. */
    private Agreements agreementsOf(TipProjection tip, OffsetDateTime at) {
        return new Agreements() {
            @Override
            public Optional<UUID> inForce(String candidate) {
                return agreements.inForce(tip.receivingAgency, candidate, at, tip.category).map(agreement -> agreement.id);
            }

            @Override
            public AgreementService.Standing standing(String candidate) {
                return agreements.standing(tip.receivingAgency, candidate, at, tip.category);
            }
        };
    }

    /** Why an agreement's standing refuses a release; null when it is in force. */
    static RefusalReason byAgreement(AgreementService.Standing standing) {
        return switch (standing) {
            case IN_FORCE -> null;
            case OUT_OF_SCOPE -> RefusalReason.OUTSIDE_AGREEMENT_SCOPE;
            case SUSPENDED -> RefusalReason.AGREEMENT_SUSPENDED;
            case NOT_COUNTERSIGNED -> RefusalReason.AGREEMENT_NOT_COUNTERSIGNED;
            case NOT_YET_IN_FORCE -> RefusalReason.AGREEMENT_NOT_YET_IN_FORCE;
            case EXPIRED -> RefusalReason.AGREEMENT_EXPIRED;
            case TERMINATED -> RefusalReason.AGREEMENT_TERMINATED;
            case NONE -> RefusalReason.NO_AGREEMENT;
        };
    }

    private ReleaseEntry latest(UUID tipId, String agency) {
        return ReleaseEntry.<ReleaseEntry>find("tipId = ?1 and agency = ?2 order by position desc", tipId, agency).firstResult();
    }
}
