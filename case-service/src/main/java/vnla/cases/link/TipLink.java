package vnla.cases.link;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A tip linked to a joint operation; a tip may belong to several operations. */
@Entity
@Table(name = "tip_link")
@IdClass(TipLink.Key.class)
public class TipLink extends PanacheEntityBase {

    @Id
    @Column(name = "operation_id")
    public UUID operationId;

    @Id
    @Column(name = "tip_id")
    public UUID tipId;

    public String note;

    /** Linked by accepting a suggestion rather than by hand. */
    @Column(name = "from_suggestion")
    public boolean fromSuggestion;

    @Column(name = "linked_by")
    public String linkedBy;

    @Column(name = "linked_at")
    public OffsetDateTime linkedAt;

    public record Key(UUID operationId, UUID tipId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
