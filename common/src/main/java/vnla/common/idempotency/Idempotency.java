package vnla.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vnla.common.problem.ProblemException;

/**
 * {@code Idempotency-Key} for create requests: the key is claimed first in the request's transaction, so concurrent
 * retries wait for the first one and then replay its answer; the same key with another body is a 422.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final EntityManager em;
    private final ObjectMapper mapper;

    public Idempotency(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** A created resource: where it lives and what to answer. */
    public record Created(URI location, Object body) {
    }

    /**
     * Runs {@code create} once per caller and key; without a key it simply runs it. Must be called inside the
     * transaction that creates the resource.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response create(String caller, String key, Object request, Supplier<Created> create) {
        if (key == null) {
            return created(create.get());
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        boolean claimed = em.createNativeQuery("""
                insert into idempotency_key (caller, idempotency_key, request_hash, created_at)
                values (:caller, :key, :hash, now()) on conflict do nothing""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate() == 1;
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
        if (!claimed) {
            if (!record.requestHash.equals(hash)) {
                throw new ProblemException(422, "Unprocessable Content",
                        "This Idempotency-Key was already used with a different request body");
            }
            return Response.status(record.status).location(URI.create(record.location))
                    .type(MediaType.APPLICATION_JSON).entity(record.responseBody).build();
        }
        Created result = create.get();
        record.status = Response.Status.CREATED.getStatusCode();
        record.location = result.location().toString();
        record.responseBody = json(result.body());
        return created(result);
    }

    @Scheduled(every = "1h", delayed = "1m")
    void forgetOldKeys() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusHours(24);
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", before));
    }

    private static Response created(Created result) {
        return Response.created(result.location()).entity(result.body()).build();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
