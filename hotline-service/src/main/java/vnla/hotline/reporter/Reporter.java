package vnla.hotline.reporter;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who reported a tip, sealed apart from it: the identity is encrypted, the receipt code kept only as a keyed MAC. */
@Entity
public class Reporter extends PanacheEntityBase {

    @Id
    @Column(name = "tip_id")
    public UUID tipId;

    public boolean anonymous;

    /** {@link ReporterIdentity} as JSON, encrypted with the tip id as associated data; null for an anonymous reporter. */
    public byte[] identity;

    /** Keyed MAC of the receipt code an anonymous reporter was given; the code itself is never stored. */
    @Column(name = "receipt_code_mac")
    public String receiptCodeMac;

    @Override
    public String toString() {
        return "Reporter[sealed, tip " + tipId + "]";
    }
}
