package vnla.cases.verification;

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
import vnla.common.event.HandlingCode;
import vnla.common.event.VerificationMessageSent.Result;
import vnla.common.event.VerificationMessageSent.SubjectKind;
import vnla.common.event.Vocabulary;

/** A request for verification from one agency to an agency of the other country, and where it stands. */
@Entity
@Table(name = "verification_request")
public class VerificationRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    @Column(name = "requesting_agency")
    public String requestingAgency;

    @Column(name = "requested_agency")
    public String requestedAgency;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "operation_id")
    public UUID operationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tip_ids")
    public List<UUID> tipIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    public String subject;

    /** The wanted person a request to ARREST is about; null on every other kind. */
    @Column(name = "wanted_person_id")
    public UUID wantedPersonId;

    public String question;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Priority priority;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Tlp tlp;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Releasability releasability;

    public OffsetDateTime deadline;

    @Enumerated(EnumType.STRING)
    public VerificationStatus status;

    @Column(name = "clarification_question")
    public String clarificationQuestion;

    @Column(name = "clarification_answer")
    public String clarificationAnswer;

    public String findings;

    @Enumerated(EnumType.STRING)
    public Result result;

    /** Why the partner declined. */
    public String reason;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "overdue_at")
    public OffsetDateTime overdueAt;

    @Version
    public long version;

    public boolean isParty(String agency) {
        return requestingAgency.equals(agency) || requestedAgency.equals(agency);
    }

    /** The agency of a side. */
    public String agencyOf(VerificationStatus.Side side) {
        return side == VerificationStatus.Side.REQUESTING ? requestingAgency : requestedAgency;
    }

    public HandlingCode handlingCode() {
        return new HandlingCode(tlp, releasability);
    }
}
