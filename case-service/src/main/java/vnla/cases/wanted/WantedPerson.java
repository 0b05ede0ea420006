package vnla.cases.wanted;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.HandlingCode;
import vnla.common.event.Vocabulary;

/** A person wanted under a warrant of the issuing agency, with the identity the agency shares with its partners. */
@Entity
@Table(name = "wanted_person")
public class WantedPerson extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Column(name = "issuing_agency")
    public String issuingAgency;

    @Column(name = "full_name")
    public String fullName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    public String nationality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "id_numbers")
    public List<String> idNumbers = new ArrayList<>();

    @Column(name = "warrant_reference")
    public String warrantReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category")
    public Vocabulary.Category offenceCategory;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Tlp tlp;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Releasability releasability;

    public String note;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public HandlingCode handlingCode() {
        return new HandlingCode(tlp, releasability);
    }
}
