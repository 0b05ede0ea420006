package vnla.cases.suggestion;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An analyst said a suggested tip does not belong to the operation: it is not suggested again. */
@Entity
@Table(name = "suggestion_rejection")
@IdClass(SuggestionRejection.Key.class)
public class SuggestionRejection extends PanacheEntityBase {

    @Id
    @Column(name = "operation_id")
    public UUID operationId;

    @Id
    @Column(name = "tip_id")
    public UUID tipId;

    public String reason;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "rejected_at")
    public OffsetDateTime rejectedAt;

    public record Key(UUID operationId, UUID tipId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
