package vnla.hotline.reporter;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The audit of one read of a reporter's identity: who, when, which tip, why. */
@Entity
@Table(name = "reporter_disclosure")
public class ReporterDisclosure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tip_id")
    public UUID tipId;

    public String custodian;

    public String agency;

    public String reason;

    @Column(name = "disclosed_at")
    public OffsetDateTime disclosedAt;
}
