package vnla.cases.wanted;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The issuing agency shared a wanted person with a partner agency, under an agreement in force at the time. */
@Entity
@Table(name = "wanted_person_share")
public class WantedPersonShare extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "wanted_person_id")
    public UUID wantedPersonId;

    public String agency;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "shared_by")
    public String sharedBy;

    @Column(name = "shared_at")
    public OffsetDateTime sharedAt;
}
