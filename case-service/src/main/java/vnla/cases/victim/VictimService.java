package vnla.cases.victim;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.cases.tip.TipProjection;
import vnla.common.event.VictimStatusChanged;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.common.web.Versions;

/**
 * Trafficking victims: an analyst of the referring agency refers a victim to an agency of the other country under an
 * agreement in force; the receiving agency identifies, the referring agency returns, the receiving agency receives.
 * Only the two agencies see a referral; the identity is sealed (see {@link VictimDisclosureService} for who reads it).
 * Every step goes to the outbox as {@code cases.victim.status-changed} and on the linked operation's timeline, with
 * nothing that identifies the person.
 */
@ApplicationScoped
public class VictimService {

    private final Caller caller;
    private final Agencies agencies;
    private final AgreementService agreements;
    private final Tips tips;
    private final Timeline timeline;
    private final Outbox outbox;
    private final VictimVault vault;
    private final CasesConfig config;
    private final InstantSource clock;
    private final EntityManager em;

    public VictimService(Caller caller, Agencies agencies, AgreementService agreements, Tips tips, Timeline timeline, Outbox outbox,
            VictimVault vault, CasesConfig config, InstantSource clock, EntityManager em) {
        this.caller = caller;
        this.agencies = agencies;
        this.agreements = agreements;
        this.tips = tips;
        this.timeline = timeline;
        this.outbox = outbox;
        this.vault = vault;
        this.config = config;
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created refer(VictimRequests.NewReferral request) {
        Agency referring = agencies.find(request.referringAgency())
                .orElseThrow(() -> ProblemException.badField("referringAgency", "is not a known agency"));
        Agency receiving = agencies.find(request.receivingAgency())
                .orElseThrow(() -> ProblemException.badField("receivingAgency", "is not a known agency"));
        if (!referring.id.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only an analyst of the referring agency refers a victim");
        }
        if (receiving.country.equals(referring.country)) {
            throw ProblemException.badField("receivingAgency", "must be an agency of the other country");
        }
        if (request.operationId() != null) {
            JointOperation operation = JointOperation.findById(request.operationId());
            if (operation == null || !operation.isParty(referring.id)) {
                throw ProblemException.badField("operationId", "is not a joint operation your agency is party to");
            }
        }
        List<UUID> tipIds = request.tipIds() == null ? List.of() : request.tipIds().stream().distinct().toList();
        for (int i = 0; i < tipIds.size(); i++) {
            TipProjection tip = TipProjection.findById(tipIds.get(i));
            if (tip == null || !tips.sight(tip).seesContent()) {
                throw ProblemException.badField("tipIds[" + i + "]", "is not a tip your agency sees");
            }
        }
        OffsetDateTime now = now();
        CooperationAgreement agreement = agreements.inForce(referring.id, receiving.id, now, Vocabulary.Category.HUMAN_TRAFFICKING)
                .orElseThrow(() -> ProblemException.conflict("No cooperation agreement covering HUMAN_TRAFFICKING is in force between "
                        + referring.id + " and " + receiving.id + " ("
                        + agreements.standing(referring.id, receiving.id, now, Vocabulary.Category.HUMAN_TRAFFICKING) + ")"));
        VictimReferral referral = new VictimReferral();
        referral.id = UUID.randomUUID();
        referral.reference = "VR-" + now.atZoneSameInstant(config.zone()).getYear() + "-"
                + String.format("%06d", ((Number) em.createNativeQuery("select nextval('victim_referral_number')").getSingleResult()).longValue());
        referral.referringAgency = referring.id;
        referral.receivingAgency = receiving.id;
        referral.agreementId = agreement.id;
        referral.operationId = request.operationId();
        referral.tipIds = new ArrayList<>(tipIds);
        referral.status = VictimStatus.REFERRED;
        referral.sex = request.sex();
        referral.ageBand = request.ageBand();
        referral.needs = request.needs() == null ? new ArrayList<>()
                : new ArrayList<>(request.needs().stream().distinct().map(Enum::name).toList());
        referral.note = request.note();
        referral.identity = vault.seal(referral.id, VictimIdentity.of(request.identity()));
        referral.referredBy = caller.subject();
        referral.referredAt = now;
        referral.persist();
        announce(referral, TimelineKind.VICTIM_REFERRED, null, now);
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/victims/" + referral.id), VictimView.of(referral));
    }

    /** A referral the caller's agency is a side of; any other is answered as if it did not exist. */
    public VictimReferral visible(UUID id) {
        VictimReferral referral = VictimReferral.findById(id);
        if (referral == null || !referral.isParty(caller.agency())) {
            throw ProblemException.notFound("Victim referral " + id);
        }
        return referral;
    }

    /** The next step, taken by the side it belongs to: 403 for the other side, 409 for a step out of order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public VictimReferral move(UUID id, String ifMatch, VictimRequests.StatusChange request) {
        VictimReferral referral = visible(id);
        VictimStatus target = request.status();
        VictimStatus.Side side = target.movedBy()
                .orElseThrow(() -> ProblemException.conflict("The referral is " + referral.status + "; it is REFERRED only when made"));
        if (!referral.agencyOf(side).equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", target + " is for the " + side.name().toLowerCase() + " agency, "
                    + referral.agencyOf(side) + ", to record");
        }
        Versions.requireMatch(ifMatch, referral.version);
        if (!referral.status.canMoveTo(target)) {
            throw ProblemException.conflict("The referral is " + referral.status + " and cannot become " + target);
        }
        if (target == VictimStatus.RETURNED) {
            if (request.borderGate() == null || request.borderGate().isBlank()) {
                throw ProblemException.badField("borderGate", "is required for RETURNED");
            }
            if (request.returnedOn() == null) {
                throw ProblemException.badField("returnedOn", "is required for RETURNED");
            }
        }
        VictimStatus from = referral.status;
        OffsetDateTime now = now();
        referral.status = target;
        switch (target) {
            case IDENTIFIED -> {
                referral.identifiedBy = caller.subject();
                referral.identifiedAt = now;
            }
            case RETURNED -> {
                referral.returnedBy = caller.subject();
                referral.returnedAt = now;
                referral.borderGate = request.borderGate().strip();
                referral.returnedOn = request.returnedOn();
            }
            case RECEIVED -> {
                referral.receivedBy = caller.subject();
                referral.receivedAt = now;
            }
            default -> throw new IllegalStateException(target.name());
        }
        announce(referral, TimelineKind.VICTIM_STATUS_CHANGED, from, now);
        em.flush();
        return referral;
    }

    public vnla.common.web.Page<VictimView> list(VictimStatus status, int page, int size) {
        String query = "(referringAgency = ?1 or receivingAgency = ?1)" + (status == null ? "" : " and status = ?2");
        Object[] params = status == null ? new Object[] { caller.agency() } : new Object[] { caller.agency(), status };
        var found = VictimReferral.<VictimReferral>find(query, Sort.by("referredAt").descending().and("id"), params).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(VictimView::of).toList(), page, size, found.count());
    }

    /** The outbox event and the timeline entry of a step, neither naming the person. */
    private void announce(VictimReferral referral, TimelineKind kind, VictimStatus from, OffsetDateTime now) {
        outbox.append(referral.id.toString(), new VictimStatusChanged(referral.id, referral.reference, referral.referringAgency,
                referral.receivingAgency, referral.operationId, VictimStatusChanged.Status.valueOf(referral.status.name()),
                referral.borderGate, referral.returnedOn, caller.subject(), caller.agency(), now));
        if (referral.operationId == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("referralId", referral.id.toString());
        details.put("reference", referral.reference);
        details.put("referringAgency", referral.referringAgency);
        details.put("receivingAgency", referral.receivingAgency);
        if (from != null) {
            details.put("from", from.name());
        }
        details.put("to", referral.status.name());
        if (referral.status == VictimStatus.RETURNED) {
            details.put("borderGate", referral.borderGate);
            details.put("returnedOn", referral.returnedOn.toString());
        }
        timeline.record(referral.operationId, kind, caller.subject(), now, details);
    }

    /** Database precision, so what an audit hash covers is exactly what is stored. */
    OffsetDateTime now() {
        return SystemTime.utcNow(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
