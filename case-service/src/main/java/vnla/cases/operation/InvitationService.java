package vnla.cases.operation;

import java.net.URI;
import java.time.InstantSource;
import java.time.OffsetDateTime;
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
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.OperationPartyChanged;
import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;

/**
 * Partners by consent: the lead agency invites, an analyst of the invited agency accepts or declines, the lead removes a
 * partner, a partner leaves. An invited agency sees only its invitation until it accepts. Each step is on the timeline and
 * emitted as {@code cases.operation.party-changed}.
 */
@ApplicationScoped
public class InvitationService {

    private final Caller caller;
    private final Agencies agencies;
    private final Timeline timeline;
    private final Outbox outbox;
    private final InstantSource clock;
    private final EntityManager em;

    public InvitationService(Caller caller, Agencies agencies, Timeline timeline, Outbox outbox, InstantSource clock, EntityManager em) {
        this.caller = caller;
        this.agencies = agencies;
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
        this.em = em;
    }

    /** Invites an agency to the operation; an agency that declined, left or was removed may be invited again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OperationInvitation invite(JointOperation operation, String agency) {
        OffsetDateTime now = now();
        OperationInvitation invitation = OperationInvitation.find("operationId = ?1 and agency = ?2", operation.id, agency).firstResult();
        if (invitation != null && (invitation.status == OperationInvitation.Status.PENDING
                || invitation.status == OperationInvitation.Status.ACCEPTED)) {
            throw ProblemException.conflict(agency + " is already " + (invitation.status == OperationInvitation.Status.PENDING
                    ? "invited to" : "a partner of") + " operation " + operation.codeName);
        }
        if (invitation == null) {
            invitation = new OperationInvitation();
            invitation.id = UUID.randomUUID();
            invitation.operationId = operation.id;
            invitation.agency = agency;
        }
        invitation.status = OperationInvitation.Status.PENDING;
        invitation.invitedBy = caller.subject();
        invitation.invitedAt = now;
        invitation.answeredBy = null;
        invitation.answeredAt = null;
        invitation.reason = null;
        invitation.persist();
        changed(operation, agency, OperationPartyChanged.Change.INVITED, TimelineKind.PARTNER_INVITED, null, now);
        return invitation;
    }

    /** The lead invites one more agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created inviteMore(JointOperation operation, OperationRequests.NewInvitation request) {
        requireLead(operation, "invites partners");
        if (agencies.find(request.agency()).isEmpty()) {
            throw ProblemException.badField("agency", "is not a known agency");
        }
        if (request.agency().equals(operation.leadAgency)) {
            throw ProblemException.badField("agency", "must not be the lead agency");
        }
        OperationInvitation invitation = invite(operation, request.agency());
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/invitations/" + invitation.id), InvitationView.of(invitation, operation));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InvitationView accept(UUID id) {
        OperationInvitation invitation = pendingForCaller(id);
        JointOperation operation = JointOperation.findById(invitation.operationId);
        if (operation.status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("Operation " + operation.codeName + " is CLOSED");
        }
        answer(invitation, OperationInvitation.Status.ACCEPTED, null);
        operation.partnerAgencies.add(invitation.agency);
        operation.updatedAt = invitation.answeredAt;
        changed(operation, invitation.agency, OperationPartyChanged.Change.ACCEPTED, TimelineKind.INVITATION_ACCEPTED, null,
                invitation.answeredAt);
        em.flush();
        return InvitationView.of(invitation, operation);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InvitationView decline(UUID id, OperationRequests.Reason request) {
        OperationInvitation invitation = pendingForCaller(id);
        JointOperation operation = JointOperation.findById(invitation.operationId);
        answer(invitation, OperationInvitation.Status.DECLINED, request.reason());
        changed(operation, invitation.agency, OperationPartyChanged.Change.DECLINED, TimelineKind.INVITATION_DECLINED,
                request.reason(), invitation.answeredAt);
        em.flush();
        return InvitationView.of(invitation, operation);
    }

    /** The lead removes a partner (or withdraws a pending invitation), or a partner leaves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(JointOperation operation, String agency, String reason) {
        boolean leaving = agency.equals(caller.agency());
        if (!leaving) {
            requireLead(operation, "removes partners");
        }
        if (agency.equals(operation.leadAgency)) {
            throw ProblemException.conflict("The lead agency cannot leave its own operation; close it instead");
        }
        OperationInvitation invitation = OperationInvitation.find("operationId = ?1 and agency = ?2", operation.id, agency).firstResult();
        if (invitation == null || invitation.status != OperationInvitation.Status.ACCEPTED
                && !(invitation.status == OperationInvitation.Status.PENDING && !leaving)) {
            throw ProblemException.notFound(agency + " as a partner of operation " + operation.codeName);
        }
        answer(invitation, leaving ? OperationInvitation.Status.LEFT : OperationInvitation.Status.REMOVED, reason);
        operation.partnerAgencies.remove(agency);
        operation.updatedAt = invitation.answeredAt;
        changed(operation, agency, leaving ? OperationPartyChanged.Change.LEFT : OperationPartyChanged.Change.REMOVED,
                leaving ? TimelineKind.PARTNER_LEFT : TimelineKind.PARTNER_REMOVED, reason, invitation.answeredAt);
        em.flush();
    }

    /** One page of the invitations of the caller's agency, newest first. */
    public vnla.common.web.Page<InvitationView> forCaller(OperationInvitation.Status status, int page, int size) {
        var found = (status == null
                ? OperationInvitation.<OperationInvitation>find("agency", Sort.descending("invitedAt").and("id"), caller.agency())
                : OperationInvitation.<OperationInvitation>find("agency = ?1 and status = ?2", Sort.descending("invitedAt").and("id"),
                        caller.agency(), status))
                .page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(i -> InvitationView.of(i, JointOperation.findById(i.operationId)))
                .toList(), page, size, found.count());
    }

    /** An invitation seen by the invited agency or by a party of the operation; 404 for anyone else. */
    public InvitationView find(UUID id) {
        OperationInvitation invitation = OperationInvitation.findById(id);
        JointOperation operation = invitation == null ? null : JointOperation.findById(invitation.operationId);
        if (operation == null || !invitation.agency.equals(caller.agency()) && !operation.isParty(caller.agency())) {
            throw ProblemException.notFound("Invitation " + id);
        }
        return InvitationView.of(invitation, operation);
    }

    public static List<InvitationView> of(JointOperation operation) {
        return OperationInvitation.<OperationInvitation>list("operationId", Sort.by("invitedAt").and("agency"), operation.id).stream()
                .map(i -> InvitationView.of(i, operation)).toList();
    }

    private OperationInvitation pendingForCaller(UUID id) {
        OperationInvitation invitation = OperationInvitation.findById(id);
        if (invitation == null || !invitation.agency.equals(caller.agency())) {
            throw ProblemException.notFound("Invitation " + id);
        }
        if (invitation.status != OperationInvitation.Status.PENDING) {
            throw ProblemException.conflict("The invitation is " + invitation.status + ", no longer PENDING");
        }
        return invitation;
    }

    private void requireLead(JointOperation operation, String what) {
        if (!operation.leadAgency.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only the lead agency, " + operation.leadAgency + ", " + what);
        }
    }

    private void answer(OperationInvitation invitation, OperationInvitation.Status status, String reason) {
        invitation.status = status;
        invitation.answeredBy = caller.subject();
        invitation.answeredAt = now();
        invitation.reason = reason;
    }

    private void changed(JointOperation operation, String agency, OperationPartyChanged.Change change, TimelineKind kind, String reason,
            OffsetDateTime at) {
        outbox.append(operation.id.toString(), new OperationPartyChanged(operation.id, operation.codeName, operation.leadAgency, agency,
                change, reason, caller.subject(), caller.agency(), at));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("agency", agency);
        details.put("by", caller.agency());
        if (reason != null) {
            details.put("reason", reason);
        }
        timeline.record(operation.id, kind, caller.subject(), at, details);
    }

    private OffsetDateTime now() {
        return SystemTime.utcNow(clock);
    }
}
