package vnla.notification.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A police force that can receive alerts: a ministry or a provincial command (seeded from domain.md). */
@Entity
public class Agency extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String country;

    @Column(name = "province_code")
    public String provinceCode;

    /** Version of the on-duty contact list, the ETag of {@code /agencies/{id}/contacts}. */
    @Version
    @Column(name = "contacts_version")
    public long contactsVersion;
}
