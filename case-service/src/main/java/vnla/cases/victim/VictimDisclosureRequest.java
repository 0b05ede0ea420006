package vnla.cases.victim;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vnla.common.disclosure.DisclosureRequestBase;

/** A custodian's request to read a victim's identity ({@link #subjectId} is the referral), with the second person's decision and the one read it allows. */
@Entity
@Table(name = "victim_disclosure_request")
@AttributeOverride(name = "subjectId", column = @Column(name = "referral_id"))
public class VictimDisclosureRequest extends DisclosureRequestBase {
}
