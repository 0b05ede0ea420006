package vnla.common.idempotency;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first answer to a create request sent with an {@code Idempotency-Key}, replayed to its retries; the answer is stored encrypted. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash")
    public String requestHash;

    public Integer status;

    public String location;

    /** The answer's JSON, encrypted with {@link Idempotency#associatedData}. */
    @Column(name = "response_body")
    public byte[] responseBody;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public record Key(String caller, String key) implements java.io.Serializable {
        public Key() {
            this(null, null);
        }
    }
}
