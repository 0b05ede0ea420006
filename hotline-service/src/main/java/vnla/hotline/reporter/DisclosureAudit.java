package vnla.hotline.reporter;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import vnla.common.disclosure.DisclosureAuditChain;

/** The hash-chained disclosure audit of reporters' identities, table {@code disclosure_audit}. */
@Singleton
public class DisclosureAudit extends DisclosureAuditChain<DisclosureAuditEntry> {

    public DisclosureAudit(EntityManager em) {
        super(em, DisclosureAuditEntry.class, DisclosureAuditEntry::new);
    }
}
