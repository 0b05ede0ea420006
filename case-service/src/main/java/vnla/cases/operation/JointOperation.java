package vnla.cases.operation;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.Vocabulary;

/** A case run together by a Vietnamese and a Lao agency (chuyên án phối hợp). */
@Entity
@Table(name = "joint_operation")
public class JointOperation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "code_name")
    public String codeName;

    @Column(name = "lead_agency")
    public String leadAgency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_agencies")
    public List<String> partnerAgencies;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Category category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "province_codes")
    public List<String> provinceCodes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> districts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "border_points")
    public List<String> borderPoints;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** Last day of the period, inclusive; null while open-ended. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "working_groups")
    public List<WorkingGroup> workingGroups;

    /** An exercise: its alert requests carry status EXERCISE. */
    public boolean exercise;

    public String description;

    @Enumerated(EnumType.STRING)
    public OperationStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** The lead agency first, then the partners. */
    public List<String> parties() {
        List<String> parties = new ArrayList<>();
        parties.add(leadAgency);
        parties.addAll(partnerAgencies);
        return parties;
    }

    public boolean isParty(String agency) {
        return leadAgency.equals(agency) || partnerAgencies.contains(agency);
    }
}
