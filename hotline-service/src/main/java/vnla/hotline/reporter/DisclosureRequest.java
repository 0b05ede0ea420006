package vnla.hotline.reporter;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vnla.common.disclosure.DisclosureRequestBase;

/** A custodian's request to read a tip's reporter ({@link #subjectId} is the tip), with the second person's decision and the one read it allows. */
@Entity
@Table(name = "disclosure_request")
@AttributeOverride(name = "subjectId", column = @Column(name = "tip_id"))
public class DisclosureRequest extends DisclosureRequestBase {
}
