package vnla.notification.agency;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An officer on duty at one tier of an agency's hotline network; escalations notify the next tier's contacts. */
@Entity
@Table(name = "agency_contact")
public class AgencyContact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id")
    public String agencyId;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    public String name;

    public String rank;

    public String phone;

    public String email;

    /** Order within the agency's list, as the caller sent it. */
    public int position;
}
