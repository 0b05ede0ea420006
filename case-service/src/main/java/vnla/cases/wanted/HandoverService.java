package vnla.cases.wanted;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import vnla.cases.agency.Agencies;
import vnla.cases.config.CasesConfig;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.HandoverChanged;
import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.web.Versions;

/**
 * Handovers of wanted persons: either side proposes (the agency holding the person, which the record is shared with,
 * hands them to the issuing agency at a border gate), the other agrees, each confirms once, and the handover is
 * HANDED_OVER with the second confirmation; either side cancels until then. Only the two sides see it. Every step goes
 * to the outbox as {@code cases.handover.changed} and on the record's operation's timeline, never naming the person.
 */
@ApplicationScoped
public class HandoverService {

    private final Caller caller;
    private final Agencies agencies;
    private final WantedPersonService wanted;
    private final Timeline timeline;
    private final Outbox outbox;
    private final CasesConfig config;
    private final EntityManager em;

    public HandoverService(Caller caller, Agencies agencies, WantedPersonService wanted, Timeline timeline, Outbox outbox,
            CasesConfig config, EntityManager em) {
        this.caller = caller;
        this.agencies = agencies;
        this.wanted = wanted;
        this.timeline = timeline;
        this.outbox = outbox;
        this.config = config;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created propose(UUID id, WantedRequests.NewHandover request) {
        WantedPerson person = wanted.visible(id);
        if (!agencies.exists(request.handingAgency())) {
            throw ProblemException.badField("handingAgency", "is not a known agency");
        }
        if (request.handingAgency().equals(person.issuingAgency) || !wanted.sees(person, request.handingAgency())) {
            throw ProblemException.badField("handingAgency", "is not a partner agency the record is shared with");
        }
        if (!caller.agency().equals(person.issuingAgency) && !caller.agency().equals(request.handingAgency())) {
            throw new ProblemException(403, "Forbidden", "Only " + request.handingAgency() + " or " + person.issuingAgency
                    + " propose this handover");
        }
        Handover standing = Handover.find("wantedPersonId = ?1 and status <> ?2", id, HandoverStatus.CANCELLED).firstResult();
        if (standing != null) {
            throw ProblemException.conflict("The record already has a handover " + standing.status + " (" + standing.id + ")");
        }
        OffsetDateTime now = wanted.now();
        Handover handover = new Handover();
        handover.id = UUID.randomUUID();
        handover.wantedPersonId = id;
        handover.handingAgency = request.handingAgency();
        handover.receivingAgency = person.issuingAgency;
        handover.status = HandoverStatus.PROPOSED;
        handover.borderGate = request.borderGate().strip();
        handover.date = request.date();
        handover.officers = new WantedRequests.Officers(List.copyOf(request.handingOfficers()), List.copyOf(request.receivingOfficers()));
        handover.note = request.note();
        handover.proposedBy = caller.subject();
        handover.proposedByAgency = caller.agency();
        handover.proposedAt = now;
        handover.persist();
        announce(person, handover, HandoverChanged.Step.PROPOSED, null, now);
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/wanted-persons/" + id + "/handovers/" + handover.id), WantedViews.HandoverView.of(handover));
    }

    /** A handover of a record the caller sees, of which its agency is a side; any other is answered 404. */
    public Handover visible(UUID id, UUID handoverId) {
        return of(wanted.visible(id), handoverId);
    }

    private Handover of(WantedPerson person, UUID handoverId) {
        Handover handover = Handover.findById(handoverId);
        if (handover == null || !handover.wantedPersonId.equals(person.id) || !handover.isSide(caller.agency())) {
            throw ProblemException.notFound("Handover " + handoverId);
        }
        return handover;
    }

    public vnla.common.web.Page<WantedViews.HandoverView> list(UUID id, int page, int size) {
        wanted.visible(id);
        var found = Handover.<Handover>find("wantedPersonId = ?1 and (handingAgency = ?2 or receivingAgency = ?2)", Handover.order(), id,
                caller.agency()).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(WantedViews.HandoverView::of).toList(), page, size, found.count());
    }

    /** The next step, by the side it belongs to: 403 for the other side, 409 out of order or confirmed twice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Handover move(UUID id, UUID handoverId, String ifMatch, WantedRequests.StatusChange request) {
        WantedPerson person = wanted.visible(id);
        Handover handover = of(person, handoverId);
        HandoverStatus target = request.status();
        HandoverStatus.Side side = handover.sideOf(caller.agency());
        HandoverStatus.Side proposer = handover.sideOf(handover.proposedByAgency);
        if (target == HandoverStatus.AGREED && side != HandoverStatus.agreedBy(proposer)) {
            throw new ProblemException(403, "Forbidden", "AGREED is for the other side, "
                    + handover.agencyOf(HandoverStatus.agreedBy(proposer)) + ", to record");
        }
        Versions.requireMatch(ifMatch, handover.version);
        if (!handover.status.canMoveTo(target)) {
            throw ProblemException.conflict("The handover is " + handover.status + " and cannot become " + target);
        }
        if (target == HandoverStatus.CANCELLED && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.badField("reason", "is required for CANCELLED");
        }
        if (target != HandoverStatus.CANCELLED && !wanted.sees(person, handover.handingAgency)) {
            throw ProblemException.conflict("No cooperation agreement covering " + person.offenceCategory + " is in force between "
                    + handover.receivingAgency + " and " + handover.handingAgency);
        }
        OffsetDateTime now = wanted.now();
        HandoverStatus from = handover.status;
        HandoverChanged.Step step;
        switch (target) {
            case AGREED -> {
                step = HandoverChanged.Step.AGREED;
                handover.status = HandoverStatus.AGREED;
                handover.agreedBy = caller.subject();
                handover.agreedAt = now;
            }
            case HANDED_OVER -> {
                step = HandoverChanged.Step.CONFIRMED;
                confirm(handover, side, now);
            }
            case CANCELLED -> {
                step = HandoverChanged.Step.CANCELLED;
                handover.status = HandoverStatus.CANCELLED;
                handover.cancelledBy = caller.subject();
                handover.cancelledAt = now;
                handover.cancelReason = request.reason();
            }
            default -> throw new IllegalStateException(target.name());
        }
        announce(person, handover, step, from, now);
        em.flush();
        return handover;
    }

    /** One side's confirmation that the handover took place, once per side, not before its day. */
    private void confirm(Handover handover, HandoverStatus.Side side, OffsetDateTime now) {
        if (handover.confirmed().contains(side)) {
            throw ProblemException.conflict("The handover is already confirmed by " + caller.agency() + "; the other side, "
                    + handover.agencyOf(side.other()) + ", confirms next");
        }
        LocalDate today = now.atZoneSameInstant(config.zone()).toLocalDate();
        if (today.isBefore(handover.date)) {
            throw ProblemException.conflict("The handover is planned for " + handover.date + "; it is confirmed on or after that day");
        }
        if (side == HandoverStatus.Side.HANDING) {
            handover.handingConfirmedBy = caller.subject();
            handover.handingConfirmedAt = now;
        } else {
            handover.receivingConfirmedBy = caller.subject();
            handover.receivingConfirmedAt = now;
        }
        handover.status = HandoverStatus.afterConfirmations(handover.confirmed());
        if (handover.status == HandoverStatus.HANDED_OVER) {
            handover.handedOverAt = now;
        }
    }

    /** The outbox event and the timeline entry of a step, neither naming the person. */
    private void announce(WantedPerson person, Handover handover, HandoverChanged.Step step, HandoverStatus from, OffsetDateTime now) {
        List<String> confirmedBy = handover.confirmed().stream().map(handover::agencyOf).toList();
        outbox.append(handover.id.toString(), new HandoverChanged(handover.id, person.id, person.reference, handover.handingAgency,
                handover.receivingAgency, person.operationId, step, HandoverChanged.Status.valueOf(handover.status.name()),
                handover.borderGate, handover.date, confirmedBy, caller.subject(), caller.agency(), now));
        if (person.operationId == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("handoverId", handover.id.toString());
        details.put("wantedPersonId", person.id.toString());
        details.put("reference", person.reference);
        details.put("handingAgency", handover.handingAgency);
        details.put("receivingAgency", handover.receivingAgency);
        details.put("step", step.name());
        if (from != null) {
            details.put("from", from.name());
        }
        details.put("to", handover.status.name());
        details.put("borderGate", handover.borderGate);
        details.put("date", handover.date.toString());
        details.put("confirmedBy", confirmedBy);
        TimelineKind kind = step == HandoverChanged.Step.PROPOSED ? TimelineKind.HANDOVER_PROPOSED
                : from == handover.status ? TimelineKind.HANDOVER_CONFIRMED : TimelineKind.HANDOVER_STATUS_CHANGED;
        timeline.record(person.operationId, kind, caller.subject(), now, details);
    }
}
