package vnla.common.idempotency;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import vnla.common.crypto.Encryption;
import vnla.common.crypto.KeyedHash;
import vnla.common.problem.ProblemException;

/**
 * {@code Idempotency-Key} for create requests: the key is claimed first in the request's transaction, so concurrent
 * retries wait for the first one and then replay its answer; the same key with another body is a 422. The stored
 * answer is encrypted (its row's caller and key as associated data) and the request is kept only as a keyed hash.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private static final long RETENTION_HOURS = 24;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Encryption encryption;
    private final KeyedHash keyedHash;
    private final InstantSource clock;

    public Idempotency(EntityManager em, ObjectMapper mapper, Encryption encryption, KeyedHash keyedHash, InstantSource clock) {
        this.em = em;
        this.mapper = mapper;
        this.encryption = encryption;
        this.keyedHash = keyedHash;
        this.clock = clock;
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
        String requestJson = json(request);
        String hash = keyedHash.tag(requestJson);
        boolean claimed = em.createNativeQuery("""
                insert into idempotency_key (caller, idempotency_key, request_hash, created_at)
                values (:caller, :key, :hash, :now) on conflict do nothing""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate() == 1;
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
        if (!claimed) {
            if (!keyedHash.candidates(requestJson).contains(record.requestHash)) {
                throw new ProblemException(422, "Unprocessable Content",
                        "This Idempotency-Key was already used with a different request body");
            }
            return Response.status(record.status).location(URI.create(record.location))
                    .type(MediaType.APPLICATION_JSON).entity(encryption.decrypt(record.responseBody, associatedData(caller, key))).build();
        }
        Created result = create.get();
        record.status = Response.Status.CREATED.getStatusCode();
        record.location = result.location().toString();
        record.responseBody = encryption.encrypt(json(result.body()), associatedData(caller, key));
        return created(result);
    }

    /**
     * Re-encrypts up to {@code batch} stored answers not made by the current primary key (after a key rotation), in the
     * caller's transaction; returns how many, so a caller repeats until 0. Safe with several instances (SKIP LOCKED).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reencrypt(int batch) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("""
                select caller, idempotency_key, response_body from idempotency_key
                where response_body is not null and substring(response_body from 1 for 5) <> :prefix
                limit :batch for update skip locked""")
                .setParameter("prefix", encryption.primaryPrefix()).setParameter("batch", batch).getResultList();
        for (Object[] row : rows) {
            String caller = (String) row[0];
            String key = (String) row[1];
            em.createNativeQuery("update idempotency_key set response_body = :body where caller = :caller and idempotency_key = :key")
                    .setParameter("body", encryption.reencrypt((byte[]) row[2], associatedData(caller, key)))
                    .setParameter("caller", caller).setParameter("key", key).executeUpdate();
        }
        return rows.size();
    }

    /** Forgets the keys older than a day by the services' clock: the same key then makes a new resource. */
    @Scheduled(every = "1h", delayed = "1m")
    public void forgetOldKeys() {
        OffsetDateTime before = OffsetDateTime.ofInstant(clock.instant().minus(RETENTION_HOURS, ChronoUnit.HOURS), ZoneOffset.UTC);
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

    /** The row's identity: caller and key, length-prefixed so no two pairs give the same bytes. */
    public static String associatedData(String caller, String key) {
        return "idempotency_key:" + caller.length() + ":" + caller + key;
    }
}
