package vnla.cases.agreement;

import java.net.URI;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vnla.cases.agency.Agencies;
import vnla.cases.config.CasesConfig;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.common.web.Page;

/**
 * Cooperation agreements: an admin of one party proposes, an admin of the other countersigns, either suspends or
 * terminates at once. Only the two parties see an agreement, and their own country's ministry tier, read-only.
 */
@ApplicationScoped
public class AgreementService {

    /** Where the agreements between two agencies stand at an instant, best first. */
    public enum Standing { IN_FORCE, OUT_OF_SCOPE, SUSPENDED, NOT_COUNTERSIGNED, NOT_YET_IN_FORCE, EXPIRED, TERMINATED, NONE }

    private final Agencies agencies;
    private final Caller caller;
    private final CasesConfig config;
    private final InstantSource clock;
    private final Event<AgreementLapsed> lapsed;
    private final EntityManager em;

    public AgreementService(Agencies agencies, Caller caller, CasesConfig config, InstantSource clock, Event<AgreementLapsed> lapsed,
            EntityManager em) {
        this.agencies = agencies;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
        this.lapsed = lapsed;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created propose(AgreementRequests.NewAgreement request) {
        String first = request.agencies().get(0);
        String second = request.agencies().get(1);
        for (int i = 0; i < 2; i++) {
            if (!agencies.exists(request.agencies().get(i))) {
                throw ProblemException.badField("agencies[" + i + "]", "is not a known agency");
            }
        }
        if (first.equals(second)) {
            throw ProblemException.badField("agencies", "must name two different agencies");
        }
        String me = caller.agency();
        if (!request.agencies().contains(me)) {
            throw new ProblemException(403, "Forbidden", "Only an administrator of one of the two parties proposes an agreement");
        }
        if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
            throw ProblemException.badField("validTo", "must be after validFrom");
        }
        CooperationAgreement agreement = new CooperationAgreement();
        agreement.id = UUID.randomUUID();
        agreement.agencyA = first.compareTo(second) < 0 ? first : second;
        agreement.agencyB = first.compareTo(second) < 0 ? second : first;
        agreement.title = request.title();
        agreement.categories = request.categories() == null ? new ArrayList<>()
                : new ArrayList<>(request.categories().stream().distinct().map(Enum::name).toList());
        agreement.validFrom = startOf(request.validFrom());
        agreement.validTo = request.validTo() == null ? null : startOf(request.validTo());
        agreement.status = CooperationAgreement.Status.PROPOSED;
        agreement.proposedBy = caller.subject();
        agreement.proposedByAgency = me;
        agreement.proposedAt = now();
        agreement.persist();
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/agreements/" + agreement.id), view(agreement));
    }

    /** The other party's admin signs: from now on, within its validity, the agreement is in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgreementView countersign(UUID id) {
        CooperationAgreement agreement = party(id);
        if (agreement.status != CooperationAgreement.Status.PROPOSED) {
            throw ProblemException.conflict("The agreement is " + agreement.status + "; only a PROPOSED agreement is countersigned");
        }
        if (agreement.proposedByAgency.equals(caller.agency())) {
            throw ProblemException.conflict("The agreement must be countersigned by the other party, " + agreement.otherParty(caller.agency()));
        }
        agreement.status = CooperationAgreement.Status.SIGNED;
        agreement.countersignedBy = caller.subject();
        agreement.countersignedByAgency = caller.agency();
        agreement.countersignedAt = now();
        return flushed(agreement);
    }

    /** Either party stops the flow at once; what was released under the agreement is recalled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgreementView suspend(UUID id, AgreementRequests.StatusChange request) {
        CooperationAgreement agreement = party(id);
        if (agreement.status != CooperationAgreement.Status.SIGNED) {
            throw ProblemException.conflict("The agreement is " + agreement.status + "; only a SIGNED agreement is suspended");
        }
        agreement.status = CooperationAgreement.Status.SUSPENDED;
        agreement.suspendedBy = caller.subject();
        agreement.suspendedByAgency = caller.agency();
        agreement.suspendedAt = now();
        agreement.statusReason = request.reason();
        flushed(agreement);
        lapsed.fire(new AgreementLapsed(agreement.id, agreement.agencyA, agreement.agencyB, agreement.status, caller.subject(), agreement.suspendedAt));
        return view(agreement);
    }

    /** The party that suspended it lifts the suspension; recalled releases stay recalled until released again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgreementView resume(UUID id, AgreementRequests.StatusChange request) {
        CooperationAgreement agreement = party(id);
        if (agreement.status != CooperationAgreement.Status.SUSPENDED) {
            throw ProblemException.conflict("The agreement is " + agreement.status + "; only a SUSPENDED agreement is resumed");
        }
        if (!agreement.suspendedByAgency.equals(caller.agency())) {
            throw ProblemException.conflict("Only " + agreement.suspendedByAgency + ", which suspended the agreement, may resume it");
        }
        agreement.status = CooperationAgreement.Status.SIGNED;
        agreement.statusReason = request.reason();
        return flushed(agreement);
    }

    /** Either party ends it for good, with immediate effect; what was released under it is recalled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgreementView terminate(UUID id, AgreementRequests.StatusChange request) {
        CooperationAgreement agreement = party(id);
        if (agreement.status == CooperationAgreement.Status.TERMINATED) {
            throw ProblemException.conflict("The agreement is already TERMINATED");
        }
        agreement.status = CooperationAgreement.Status.TERMINATED;
        agreement.terminatedBy = caller.subject();
        agreement.terminatedByAgency = caller.agency();
        agreement.terminatedAt = now();
        agreement.statusReason = request.reason();
        flushed(agreement);
        lapsed.fire(new AgreementLapsed(agreement.id, agreement.agencyA, agreement.agencyB, agreement.status, caller.subject(), agreement.terminatedAt));
        return view(agreement);
    }

    /** An agreement the caller may read: a party's, or its own country's ministry tier's; any other is answered 404. */
    public AgreementView find(UUID id) {
        CooperationAgreement agreement = CooperationAgreement.findById(id);
        if (agreement == null || !agreement.isParty(caller.agency()) && !ministryOf(agreement)) {
            throw ProblemException.notFound("Agreement " + id);
        }
        return view(agreement);
    }

    public Page<AgreementView> list(String agency, int page, int size) {
        String visible = agencies.isMinistry(caller.agency())
                ? "(agency_a in (select id from agency where country = :country) or agency_b in (select id from agency where country = :country))"
                : "(agency_a = :caller or agency_b = :caller)";
        String where = " where " + visible + (agency == null ? "" : " and (agency_a = :agency or agency_b = :agency)");
        var query = em.createNativeQuery("select * from cooperation_agreement" + where
                + " order by agency_a, agency_b, valid_from, id limit :limit offset :offset", CooperationAgreement.class);
        var count = em.createNativeQuery("select count(*) from cooperation_agreement" + where, Long.class);
        for (var q : List.of(query, count)) {
            if (agencies.isMinistry(caller.agency())) {
                q.setParameter("country", agencies.find(caller.agency()).map(a -> a.country).orElseThrow());
            } else {
                q.setParameter("caller", caller.agency());
            }
            if (agency != null) {
                q.setParameter("agency", agency);
            }
        }
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<CooperationAgreement> found = query.getResultList();
        return new Page<>(found.stream().map(this::view).toList(), page, size, ((Number) count.getSingleResult()).longValue());
    }

    /** An agreement in force between the two agencies at {@code instant} that covers {@code category}, if any. */
    public Optional<CooperationAgreement> inForce(String one, String other, OffsetDateTime instant, Vocabulary.Category category) {
        return pair(one, other).stream().filter(a -> a.inForceAt(instant) && a.covers(category)).findFirst();
    }

    /** Whether information of {@code category} may flow between the two agencies at {@code instant}, and if not, why. */
    public Standing standing(String one, String other, OffsetDateTime instant, Vocabulary.Category category) {
        return pair(one, other).stream().map(a -> standingOf(a, instant, category)).min(Enum::compareTo).orElse(Standing.NONE);
    }

    private static Standing standingOf(CooperationAgreement agreement, OffsetDateTime instant, Vocabulary.Category category) {
        return switch (agreement.status) {
            case PROPOSED -> Standing.NOT_COUNTERSIGNED;
            case SUSPENDED -> Standing.SUSPENDED;
            case TERMINATED -> Standing.TERMINATED;
            case SIGNED -> instant.isBefore(agreement.validFrom) ? Standing.NOT_YET_IN_FORCE
                    : !agreement.withinValidity(instant) ? Standing.EXPIRED
                    : agreement.covers(category) ? Standing.IN_FORCE : Standing.OUT_OF_SCOPE;
        };
    }

    private static List<CooperationAgreement> pair(String one, String other) {
        String a = one.compareTo(other) < 0 ? one : other;
        String b = one.compareTo(other) < 0 ? other : one;
        return CooperationAgreement.list("agencyA = ?1 and agencyB = ?2", a, b);
    }

    /** An agreement the caller's agency is party to, for a step only a party takes; any other is answered 404. */
    private CooperationAgreement party(UUID id) {
        CooperationAgreement agreement = CooperationAgreement.findById(id);
        if (agreement == null || !agreement.isParty(caller.agency()) && !ministryOf(agreement)) {
            throw ProblemException.notFound("Agreement " + id);
        }
        if (!agreement.isParty(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "A ministry that is not a party reads the agreement but does not act on it");
        }
        return agreement;
    }

    /** The caller is the ministry tier of the country of one of the parties. */
    private boolean ministryOf(CooperationAgreement agreement) {
        return agencies.ministryOf(caller.agency(), agreement.agencyA) || agencies.ministryOf(caller.agency(), agreement.agencyB);
    }

    private AgreementView flushed(CooperationAgreement agreement) {
        em.flush();
        return view(agreement);
    }

    private OffsetDateTime now() {
        return SystemTime.utcNow(clock);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(config.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(config.zone()).toLocalDate();
    }

    private AgreementView view(CooperationAgreement agreement) {
        return new AgreementView(agreement.id, List.of(agreement.agencyA, agreement.agencyB), agreement.title,
                agreement.categories.stream().map(Vocabulary.Category::valueOf).toList(),
                dayOf(agreement.validFrom), agreement.validTo == null ? null : dayOf(agreement.validTo), agreement.status,
                agreement.inForceAt(now()),
                AgreementView.Step.of(agreement.proposedBy, agreement.proposedByAgency, agreement.proposedAt),
                AgreementView.Step.of(agreement.countersignedBy, agreement.countersignedByAgency, agreement.countersignedAt),
                AgreementView.Step.of(agreement.suspendedBy, agreement.suspendedByAgency, agreement.suspendedAt),
                AgreementView.Step.of(agreement.terminatedBy, agreement.terminatedByAgency, agreement.terminatedAt),
                agreement.statusReason, agreement.version);
    }
}
