package vnla.common.disclosure;

import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.common.web.Page;

/**
 * Two-person disclosure of one kind of sealed identity: a custodian asks with a reason, a second person of the same
 * agency decides, and the requester reads once within the approval window; every step goes into the hash-chained audit.
 * The service checks first that the caller may see the subject (the tip, the referral), runs it in its transaction,
 * and opens the identity itself after {@link #read}.
 */
public class TwoPersonDisclosure<R extends DisclosureRequestBase, E extends DisclosureAuditEntryBase> {

    private final EntityManager em;
    private final Class<R> type;
    private final Supplier<R> newRequest;
    private final DisclosureAuditChain<E> audit;
    private final Caller caller;
    private final InstantSource clock;
    private final Duration approvalWindow;

    public TwoPersonDisclosure(EntityManager em, Class<R> type, Supplier<R> newRequest, DisclosureAuditChain<E> audit, Caller caller,
            InstantSource clock, Duration approvalWindow) {
        this.em = em;
        this.type = type;
        this.newRequest = newRequest;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.approvalWindow = approvalWindow;
    }

    /** Database precision, so the audit hash covers exactly what is stored. */
    public OffsetDateTime now() {
        return SystemTime.utcNow(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The caller asks, PENDING until a second person decides. */
    public R request(UUID subjectId, String reason) {
        R request = newRequest.get();
        request.id = UUID.randomUUID();
        request.subjectId = subjectId;
        request.agency = caller.agency();
        request.requestedBy = caller.subject();
        request.reason = reason;
        request.requestedAt = now();
        request.status = DisclosureStatus.PENDING;
        em.persist(request);
        audit.append(DisclosureAuditEntryBase.Action.REQUESTED, request, caller.subject(), reason, request.requestedAt);
        return request;
    }

    /** A request of the caller's own agency on the subject; any other is answered 404. */
    public R find(UUID subjectId, UUID requestId) {
        R request = em.find(type, requestId);
        if (request == null || !request.subjectId.equals(subjectId) || !request.agency.equals(caller.agency())) {
            throw ProblemException.notFound("Disclosure request " + requestId);
        }
        return request;
    }

    /** The caller, a second person, approves or denies (see {@link DisclosureRequestBase#decide}). */
    public R decide(R request, boolean approve, String reason) {
        OffsetDateTime now = now();
        audit.append(request.decide(caller.subject(), approve, reason, now, approvalWindow), request, caller.subject(), reason, now);
        return request;
    }

    /** The caller, the requester, uses the approval (see {@link DisclosureRequestBase#read}); the service then opens the identity. */
    public R read(R request) {
        OffsetDateTime now = now();
        request.read(caller.subject(), now);
        audit.append(DisclosureAuditEntryBase.Action.READ, request, caller.subject(), null, now);
        return request;
    }

    /** One page of the caller's agency's requests on the subject, oldest first. */
    public Page<R> requests(UUID subjectId, int page, int size) {
        String where = " where subjectId = :subject and agency = :agency";
        var items = em.createQuery("from " + type.getSimpleName() + where + " order by requestedAt, id", type)
                .setParameter("subject", subjectId).setParameter("agency", caller.agency())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(*) from " + type.getSimpleName() + where, Long.class)
                .setParameter("subject", subjectId).setParameter("agency", caller.agency()).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** One page of the subject's audit rows, in chain order. */
    public Page<E> audit(UUID subjectId, int page, int size) {
        return audit.of(subjectId, page, size);
    }
}
