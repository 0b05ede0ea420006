package vnla.cases.verification;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import vnla.cases.release.ReleasePolicy;
import vnla.cases.release.Tips;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.cases.tip.TipProjection;
import vnla.cases.wanted.WantedPerson;
import vnla.cases.wanted.WantedPersonService;
import vnla.common.event.VerificationMessageSent;
import vnla.common.event.VerificationMessageSent.Message;
import vnla.common.event.VerificationMessageSent.Result;
import vnla.common.event.VerificationMessageSent.SubjectKind;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.common.web.Versions;

/**
 * Requests for verification: an analyst asks an agency of the other country, under an agreement in force, to verify a
 * subject by a deadline; the requested agency accepts, asks for clarification (the requester gives it) and answers.
 * Only the two agencies see a request. Every message goes to the outbox as {@code cases.verification.message-sent} for
 * the other side, and on the linked operation's timeline.
 */
@ApplicationScoped
public class VerificationService {

    /** Who the deadline job records as the actor of OVERDUE. */
    static final String DEADLINE_ACTOR = "case-service";

    private final Caller caller;
    private final Agencies agencies;
    private final AgreementService agreements;
    private final Tips tips;
    private final ReleasePolicy policy;
    private final Timeline timeline;
    private final Outbox outbox;
    private final CasesConfig config;
    private final InstantSource clock;
    private final EntityManager em;
    private final WantedPersonService wanted;

    public VerificationService(Caller caller, Agencies agencies, AgreementService agreements, Tips tips, ReleasePolicy policy,
            Timeline timeline, Outbox outbox, CasesConfig config, InstantSource clock, EntityManager em, WantedPersonService wanted) {
        this.wanted = wanted;
        this.caller = caller;
        this.agencies = agencies;
        this.agreements = agreements;
        this.tips = tips;
        this.policy = policy;
        this.timeline = timeline;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created send(VerificationRequests.NewRequest request) {
        Agency requesting = agencies.find(request.requestingAgency())
                .orElseThrow(() -> ProblemException.badField("requestingAgency", "is not a known agency"));
        Agency requested = agencies.find(request.requestedAgency())
                .orElseThrow(() -> ProblemException.badField("requestedAgency", "is not a known agency"));
        if (!requesting.id.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only an analyst of the requesting agency sends a request for verification");
        }
        if (requested.country.equals(requesting.country)) {
            throw ProblemException.badField("requestedAgency", "must be an agency of the other country");
        }
        OffsetDateTime now = now();
        if (!request.deadline().isAfter(now)) {
            throw ProblemException.badField("deadline", "must be in the future");
        }
        if (request.handlingCode().tlp() == Vocabulary.Tlp.RED
                || request.handlingCode().releasability() == Vocabulary.Releasability.NATIONAL_ONLY) {
            throw ProblemException.badField("handlingCode", "must allow release to the partner: nothing RED or NATIONAL_ONLY leaves the force");
        }
        if (request.operationId() != null) {
            JointOperation operation = JointOperation.findById(request.operationId());
            if (operation == null || !operation.isParty(requesting.id) || !operation.isParty(requested.id)) {
                throw ProblemException.badField("operationId", "is not a joint operation of both agencies");
            }
        }
        UUID wantedPersonId = wantedPerson(request.subject(), requested.id);
        List<UUID> tipIds = request.tipIds() == null ? List.of() : request.tipIds().stream().distinct().toList();
        for (int i = 0; i < tipIds.size(); i++) {
            TipProjection tip = TipProjection.findById(tipIds.get(i));
            if (tip == null || !tips.sight(tip).seesContent()) {
                throw ProblemException.badField("tipIds[" + i + "]", "is not a tip your agency sees");
            }
            if (!policy.sight(tip, requested.id, now).seesContent()) {
                throw ProblemException.badField("tipIds[" + i + "]", "is not released to " + requested.id);
            }
        }
        CooperationAgreement agreement = agreements.inForce(requesting.id, requested.id, now, null)
                .orElseThrow(() -> ProblemException.conflict("No cooperation agreement is in force between " + requesting.id + " and "
                        + requested.id + " (" + agreements.standing(requesting.id, requested.id, now, null) + ")"));
        VerificationRequest v = new VerificationRequest();
        v.id = UUID.randomUUID();
        v.reference = "RV-" + now.atZoneSameInstant(config.zone()).getYear() + "-"
                + String.format("%06d", ((Number) em.createNativeQuery("select nextval('verification_request_number')").getSingleResult()).longValue());
        v.requestingAgency = requesting.id;
        v.requestedAgency = requested.id;
        v.agreementId = agreement.id;
        v.operationId = request.operationId();
        v.tipIds = new ArrayList<>(tipIds);
        v.subjectKind = request.subject().kind();
        v.subject = request.subject().value();
        v.wantedPersonId = wantedPersonId;
        v.question = request.question();
        v.priority = request.priority();
        v.tlp = request.handlingCode().tlp();
        v.releasability = request.handlingCode().releasability();
        v.deadline = request.deadline().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        v.status = VerificationStatus.SENT;
        v.requestedBy = caller.subject();
        v.requestedAt = now;
        v.persist();
        announce(v, Message.SENT, TimelineKind.VERIFICATION_REQUESTED, v.question, caller.subject(), caller.agency(), now);
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/requests/" + v.id), VerificationView.of(v));
    }

    /**
     * The wanted person of a request to ARREST: one the caller's agency sees and that the requested agency sees too (its
     * issuer, or a partner it is shared with), so the arrest is asked for a record both sides hold. Other kinds name none.
     */
    private UUID wantedPerson(VerificationRequests.Subject subject, String requested) {
        if (subject.kind() != SubjectKind.ARREST) {
            if (subject.wantedPersonId() != null) {
                throw ProblemException.badField("subject.wantedPersonId", "is only for a request to ARREST");
            }
            return null;
        }
        if (subject.wantedPersonId() == null) {
            throw ProblemException.badField("subject.wantedPersonId", "is required for a request to ARREST");
        }
        WantedPerson person = WantedPerson.findById(subject.wantedPersonId());
        if (person == null || !wanted.sees(person, caller.agency())) {
            throw ProblemException.badField("subject.wantedPersonId", "is not a wanted person your agency sees");
        }
        if (!wanted.sees(person, requested)) {
            throw ProblemException.badField("subject.wantedPersonId", "is not shared with " + requested);
        }
        return person.id;
    }

    /** A request the caller's agency is a side of; any other is answered as if it did not exist. */
    public VerificationRequest visible(UUID id) {
        VerificationRequest v = VerificationRequest.findById(id);
        if (v == null || !v.isParty(caller.agency())) {
            throw ProblemException.notFound("Request for verification " + id);
        }
        return v;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VerificationRequest accept(UUID id, String ifMatch) {
        VerificationRequest v = step(id, ifMatch, VerificationStatus.Step.ACCEPT);
        v.acceptedBy = caller.subject();
        v.acceptedAt = now();
        return moved(v, VerificationStatus.Step.ACCEPT, Message.ACCEPTED, TimelineKind.VERIFICATION_ACCEPTED, null, v.acceptedAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VerificationRequest askClarification(UUID id, String ifMatch, VerificationRequests.Clarification request) {
        VerificationRequest v = step(id, ifMatch, VerificationStatus.Step.ASK_CLARIFICATION);
        v.clarificationQuestion = request.message();
        v.clarificationAnswer = null;
        return moved(v, VerificationStatus.Step.ASK_CLARIFICATION, Message.CLARIFICATION_ASKED, TimelineKind.VERIFICATION_CLARIFICATION_ASKED, request.message(), now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VerificationRequest clarify(UUID id, String ifMatch, VerificationRequests.Clarification request) {
        VerificationRequest v = step(id, ifMatch, VerificationStatus.Step.CLARIFY);
        v.clarificationAnswer = request.message();
        return moved(v, VerificationStatus.Step.CLARIFY, Message.CLARIFICATION_ANSWERED, TimelineKind.VERIFICATION_CLARIFIED, request.message(), now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VerificationRequest answer(UUID id, String ifMatch, VerificationRequests.Answer request) {
        if (request.result() == Result.DECLINED && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.badField("reason", "is required for DECLINED");
        }
        if (request.result() != Result.DECLINED && (request.findings() == null || request.findings().isBlank())) {
            throw ProblemException.badField("findings", "is required for " + request.result());
        }
        VerificationRequest v = step(id, ifMatch, VerificationStatus.Step.ANSWER);
        v.result = request.result();
        v.findings = request.findings();
        v.reason = request.reason();
        v.answeredBy = caller.subject();
        v.answeredAt = now();
        // a refusal's message is its reason; any other answer's, its findings
        String text = v.result == Result.DECLINED ? v.reason : v.findings;
        return moved(v, VerificationStatus.Step.ANSWER, Message.ANSWERED, TimelineKind.VERIFICATION_ANSWERED, text, v.answeredAt);
    }

    /** Called by {@link VerificationDeadlineJob} for a request still open at its deadline, in the job's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(VerificationRequest v, OffsetDateTime now) {
        v.status = VerificationStatus.OVERDUE;
        v.overdueAt = now;
        announce(v, Message.OVERDUE, TimelineKind.VERIFICATION_OVERDUE, null, DEADLINE_ACTOR, v.requestingAgency, now);
    }

    public vnla.common.web.Page<VerificationView> list(Direction direction, VerificationStatus status, int page, int size) {
        String sides = direction == null ? "(requestingAgency = ?1 or requestedAgency = ?1)"
                : direction == Direction.INBOUND ? "requestedAgency = ?1" : "requestingAgency = ?1";
        String query = sides + (status == null ? "" : " and status = ?2");
        Object[] params = status == null ? new Object[] { caller.agency() } : new Object[] { caller.agency(), status };
        var found = VerificationRequest.<VerificationRequest>find(query, Sort.by("requestedAt").descending().and("id"), params)
                .page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(VerificationView::of).toList(), page, size, found.count());
    }

    /** Which of the caller's requests a list shows: those it received or those it sent. */
    public enum Direction { INBOUND, OUTBOUND }

    /** The request, if the step is the caller's side's (403 otherwise) and may be taken now (409, naming the status). */
    private VerificationRequest step(UUID id, String ifMatch, VerificationStatus.Step step) {
        VerificationRequest v = visible(id);
        String agency = v.agencyOf(step.side());
        if (!agency.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", step + " is for the " + step.side().name().toLowerCase() + " agency, " + agency);
        }
        Versions.requireMatch(ifMatch, v.version);
        if (!step.allowedFrom(v.status)) {
            throw ProblemException.conflict("The request is " + v.status + "; " + step + " is not possible now");
        }
        return v;
    }

    private VerificationRequest moved(VerificationRequest v, VerificationStatus.Step step, Message message, TimelineKind kind, String text,
            OffsetDateTime now) {
        v.status = step.to();
        announce(v, message, kind, text, caller.subject(), caller.agency(), now);
        em.flush();
        return v;
    }

    /** The outbox event for the other side, and the timeline entry of the linked operation. */
    private void announce(VerificationRequest v, Message message, TimelineKind kind, String text, String actor, String actorAgency,
            OffsetDateTime now) {
        // OVERDUE goes to the requested agency, whose tiers the escalation climbs; every other message to the other side.
        String recipient = message == Message.OVERDUE || actorAgency.equals(v.requestingAgency) ? v.requestedAgency : v.requestingAgency;
        outbox.append(v.id.toString(), new VerificationMessageSent(v.id, v.reference, v.requestingAgency, v.requestedAgency, recipient,
                v.operationId, message, VerificationMessageSent.Status.valueOf(v.status.name()), v.priority, v.handlingCode(),
                v.deadline, v.subjectKind, v.subject, v.wantedPersonId, text, v.result, actor, actorAgency, now));
        if (v.operationId == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requestId", v.id.toString());
        details.put("reference", v.reference);
        details.put("requestingAgency", v.requestingAgency);
        details.put("requestedAgency", v.requestedAgency);
        details.put("status", v.status.name());
        details.put("deadline", v.deadline.toString());
        if (v.result != null) {
            details.put("result", v.result.name());
        }
        timeline.record(v.operationId, kind, actor, now, details);
    }

    /** Database precision. */
    OffsetDateTime now() {
        return SystemTime.utcNow(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
