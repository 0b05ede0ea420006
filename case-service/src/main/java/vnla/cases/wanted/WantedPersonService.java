package vnla.cases.wanted;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.cases.agency.Agencies;
import vnla.cases.agency.Agency;
import vnla.cases.agreement.AgreementService;
import vnla.cases.agreement.CooperationAgreement;
import vnla.cases.config.CasesConfig;
import vnla.cases.operation.JointOperation;
import vnla.cases.release.Tips;
import vnla.cases.tip.TipProjection;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;

/**
 * Wanted persons: an analyst of the issuing agency records one and shares it on purpose with partner agencies of the
 * other country, each under an agreement in force covering the offence category; a record marked TLP RED or
 * NATIONAL_ONLY never leaves the issuing agency. A partner sees a record while its share holds (an agreement still in
 * force); anyone else gets 404. Analysts of either side record sightings from tips their agency sees.
 */
@ApplicationScoped
public class WantedPersonService {

    /** The records the caller's agency issued, and those shared with it whose issuer and category it has an agreement for. */
    static final String VISIBLE = """
            from wanted_person w where w.issuing_agency = :agency
               or (w.tlp <> 'RED' and w.releasability <> 'NATIONAL_ONLY'
                   and exists (select 1 from wanted_person_share s where s.wanted_person_id = w.id and s.agency = :agency)
                   and w.issuing_agency || '/' || w.offence_category = any(string_to_array(:pairs, ',')))""";

    private final Caller caller;
    private final Agencies agencies;
    private final AgreementService agreements;
    private final Tips tips;
    private final CasesConfig config;
    private final InstantSource clock;
    private final EntityManager em;

    public WantedPersonService(Caller caller, Agencies agencies, AgreementService agreements, Tips tips, CasesConfig config,
            InstantSource clock, EntityManager em) {
        this.caller = caller;
        this.agencies = agencies;
        this.agreements = agreements;
        this.tips = tips;
        this.config = config;
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created record(WantedRequests.NewWantedPerson request) {
        Agency issuing = agencies.find(request.issuingAgency())
                .orElseThrow(() -> ProblemException.badField("issuingAgency", "is not a known agency"));
        if (!issuing.id.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only an analyst of the issuing agency records a wanted person");
        }
        if (request.operationId() != null) {
            JointOperation operation = JointOperation.findById(request.operationId());
            if (operation == null || !operation.isParty(issuing.id)) {
                throw ProblemException.badField("operationId", "is not a joint operation your agency is party to");
            }
        }
        OffsetDateTime now = now();
        WantedPerson person = new WantedPerson();
        person.id = UUID.randomUUID();
        person.reference = "WP-" + now.atZoneSameInstant(config.zone()).getYear() + "-"
                + String.format("%06d", ((Number) em.createNativeQuery("select nextval('wanted_person_number')").getSingleResult()).longValue());
        person.issuingAgency = issuing.id;
        person.fullName = request.fullName();
        person.aliases = request.aliases() == null ? new ArrayList<>() : new ArrayList<>(request.aliases().stream().distinct().toList());
        person.dateOfBirth = request.dateOfBirth();
        person.nationality = request.nationality();
        person.idNumbers = request.idNumbers() == null ? new ArrayList<>() : new ArrayList<>(request.idNumbers().stream().distinct().toList());
        person.warrantReference = request.warrantReference();
        person.offenceCategory = request.offenceCategory();
        person.tlp = request.handlingCode().tlp();
        person.releasability = request.handlingCode().releasability();
        person.note = request.note();
        person.operationId = request.operationId();
        person.recordedBy = caller.subject();
        person.recordedAt = now;
        person.persist();
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/wanted-persons/" + person.id), view(person));
    }

    /** Shares the record with a partner agency of the other country: the issuing agency only, under an agreement in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created share(UUID id, WantedRequests.NewShare request) {
        WantedPerson person = visible(id);
        if (!person.issuingAgency.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only the issuing agency, " + person.issuingAgency + ", shares the record");
        }
        Agency partner = agencies.find(request.agency()).orElseThrow(() -> ProblemException.badField("agency", "is not a known agency"));
        Agency issuing = agencies.find(person.issuingAgency).orElseThrow();
        if (partner.country.equals(issuing.country)) {
            throw ProblemException.badField("agency", "must be an agency of the other country");
        }
        if (!person.handlingCode().mayLeaveOriginatingForce()) {
            throw ProblemException.conflict("The record is marked TLP " + person.tlp + " / " + person.releasability
                    + ": it never leaves " + person.issuingAgency);
        }
        if (WantedPersonShare.count("wantedPersonId = ?1 and agency = ?2", id, partner.id) > 0) {
            throw ProblemException.conflict("The record is already shared with " + partner.id);
        }
        OffsetDateTime now = now();
        CooperationAgreement agreement = agreements.inForce(person.issuingAgency, partner.id, now, person.offenceCategory)
                .orElseThrow(() -> ProblemException.conflict("No cooperation agreement covering " + person.offenceCategory + " is in force between "
                        + person.issuingAgency + " and " + partner.id + " ("
                        + agreements.standing(person.issuingAgency, partner.id, now, person.offenceCategory) + ")"));
        WantedPersonShare share = new WantedPersonShare();
        share.id = UUID.randomUUID();
        share.wantedPersonId = id;
        share.agency = partner.id;
        share.agreementId = agreement.id;
        share.sharedBy = caller.subject();
        share.sharedAt = now;
        share.persist();
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/wanted-persons/" + id), view(person));
    }

    /** A record the caller's agency issued, or one shared with it that it still sees; any other is answered 404. */
    public WantedPerson visible(UUID id) {
        WantedPerson person = WantedPerson.findById(id);
        if (person == null || !sees(person, caller.agency())) {
            throw ProblemException.notFound("Wanted person " + id);
        }
        return person;
    }

    /** Whether {@code agency} sees the record now: its issuer, or a partner whose share still holds. */
    public boolean sees(WantedPerson person, String agency) {
        if (person.issuingAgency.equals(agency)) {
            return true;
        }
        return person.handlingCode().mayLeaveOriginatingForce()
                && WantedPersonShare.count("wantedPersonId = ?1 and agency = ?2", person.id, agency) > 0
                && agreements.inForce(person.issuingAgency, agency, now(), person.offenceCategory).isPresent();
    }

    public WantedViews.WantedPersonView view(WantedPerson person) {
        List<WantedPersonShare> shares = WantedPersonShare.list("wantedPersonId", Sort.by("sharedAt").and("id"), person.id);
        if (!person.issuingAgency.equals(caller.agency())) {
            shares = shares.stream().filter(s -> s.agency.equals(caller.agency())).toList();
        }
        return WantedViews.WantedPersonView.of(person, shares);
    }

    public vnla.common.web.Page<WantedViews.WantedPersonView> list(int page, int size) {
        String pairs = String.join(",", sharedPairs());
        var query = em.createNativeQuery("select w.* " + VISIBLE + " order by w.recorded_at desc, w.id limit :limit offset :offset", WantedPerson.class);
        var count = em.createNativeQuery("select count(*) " + VISIBLE, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("agency", caller.agency()).setParameter("pairs", pairs);
        }
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<WantedPerson> found = query.getResultList();
        return new vnla.common.web.Page<>(found.stream().map(this::view).toList(), page, size, ((Number) count.getSingleResult()).longValue());
    }

    /** "issuer/category" of the records shared with the caller's agency for which an agreement with the issuer is in force now. */
    private List<String> sharedPairs() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct w.issuing_agency, w.offence_category from wanted_person w
                join wanted_person_share s on s.wanted_person_id = w.id where s.agency = :agency""")
                .setParameter("agency", caller.agency()).getResultList();
        OffsetDateTime now = now();
        return rows.stream()
                .filter(row -> agreements.inForce((String) row[0], caller.agency(), now, Vocabulary.Category.valueOf((String) row[1])).isPresent())
                .map(row -> row[0] + "/" + row[1])
                .toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created sighted(UUID id, WantedRequests.NewSighting request) {
        WantedPerson person = visible(id);
        TipProjection tip = TipProjection.findById(request.tipId());
        if (tip == null || !tips.sight(tip).seesContent()) {
            throw ProblemException.badField("tipId", "is not a tip your agency sees");
        }
        Sighting sighting = new Sighting();
        sighting.id = UUID.randomUUID();
        sighting.wantedPersonId = person.id;
        sighting.tipId = tip.id;
        sighting.agency = caller.agency();
        sighting.provinceCode = request.place().provinceCode();
        sighting.district = request.place().district();
        sighting.borderPoint = request.place().borderPoint();
        sighting.latitude = request.place().latitude();
        sighting.longitude = request.place().longitude();
        sighting.seenAt = request.seenAt();
        sighting.note = request.note();
        sighting.language = request.language();
        sighting.recordedBy = caller.subject();
        sighting.recordedAt = now();
        sighting.persist();
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/wanted-persons/" + id + "/sightings"),
                WantedViews.SightingView.of(sighting));
    }

    public vnla.common.web.Page<WantedViews.SightingView> sightings(UUID id, int page, int size) {
        visible(id);
        var found = Sighting.<Sighting>find("wantedPersonId", Sort.by("seenAt").and("id"), id).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(WantedViews.SightingView::of).toList(), page, size, found.count());
    }

    OffsetDateTime now() {
        return SystemTime.utcNow(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
