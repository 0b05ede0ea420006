package vnla.cases.release;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.AlertAnswered;
import vnla.common.event.Vocabulary;

/** A partner's answer to the alert a release decision requested (feedback on an alert): part of the tip's release history. */
@Entity
@Table(name = "release_answer")
public class ReleaseAnswer extends PanacheEntityBase {

    /** notification-service's id of the answer. */
    @Id
    @Column(name = "answer_id")
    public UUID answerId;

    /** The release decision, whose id is the alert request's. */
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "alert_id")
    public UUID alertId;

    /** The agency that was alerted and answered. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public AlertAnswered.Result result;

    /** As the partner's officer wrote it, byte for byte. */
    public String note;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Language language;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
}
