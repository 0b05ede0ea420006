package vnla.notification.answer;

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

/** The receiving agency's answer to an alert (feedback on an alert, domain.md); an alert may get several, in order. */
@Entity
@Table(name = "alert_answer")
public class Answer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "alert_id")
    public UUID alertId;

    @Enumerated(EnumType.STRING)
    public AlertAnswered.Result result;

    /** As the officer wrote it, byte for byte. */
    public String note;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Language language;

    /** The token's subject: who was signed in. */
    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    public AnswerView view() {
        return new AnswerView(id, result, note, language, answeredBy, answeredAt);
    }
}
