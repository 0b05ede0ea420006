package vnla.hotline.reporter;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who reported a tip, sealed apart from it: only a custodian reads it, and every read is audited. */
@Entity
public class Reporter extends PanacheEntityBase {

    @Id
    @Column(name = "tip_id")
    public UUID tipId;

    public boolean anonymous;

    public String name;

    public String phone;

    public String email;

    public String address;

    /** SHA-256 of the receipt code an anonymous reporter was given; the code itself is never stored. */
    @Column(name = "receipt_code_hash")
    public String receiptCodeHash;

    @Override
    public String toString() {
        return "Reporter[sealed, tip " + tipId + "]";
    }
}
