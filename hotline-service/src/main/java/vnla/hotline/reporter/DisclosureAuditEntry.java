package vnla.hotline.reporter;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vnla.common.disclosure.DisclosureAuditEntryBase;

/** One hash-chained row of the disclosure audit ({@link #subjectId} is the tip): a request, a decision or a read. Insert-only for the service's role. */
@Entity
@Table(name = "disclosure_audit")
@AttributeOverride(name = "subjectId", column = @Column(name = "tip_id"))
public class DisclosureAuditEntry extends DisclosureAuditEntryBase {
}
