package vnla.cases.victim;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vnla.common.disclosure.DisclosureAuditEntryBase;

/** One hash-chained row of the victim disclosure audit ({@link #subjectId} is the referral): a request, a decision or a read. Insert-only for the service's role. */
@Entity
@Table(name = "victim_disclosure_audit")
@AttributeOverride(name = "subjectId", column = @Column(name = "referral_id"))
public class VictimDisclosureEntry extends DisclosureAuditEntryBase {
}
