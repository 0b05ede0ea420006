package vnla.cases.victim;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import vnla.common.disclosure.DisclosureAuditChain;

/** The hash-chained audit of victim disclosures, table {@code victim_disclosure_audit}. */
@Singleton
public class VictimAudit extends DisclosureAuditChain<VictimDisclosureEntry> {

    public VictimAudit(EntityManager em) {
        super(em, VictimDisclosureEntry.class, VictimDisclosureEntry::new);
    }
}
