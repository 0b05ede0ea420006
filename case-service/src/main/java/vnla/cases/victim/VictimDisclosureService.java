package vnla.cases.victim;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;

/**
 * Two-person disclosure of a victim's identity, as hotline-service does for reporters: a custodian of either side asks
 * with a reason, another custodian or an admin of the same agency decides, and the requester reads the identity once
 * within the approval window. Every step is appended to the hash-chained victim disclosure audit.
 */
@ApplicationScoped
public class VictimDisclosureService {

    private final VictimService victims;
    private final VictimVault vault;
    private final VictimAudit audit;
    private final VictimConfig config;
    private final Caller caller;

    public VictimDisclosureService(VictimService victims, VictimVault vault, VictimAudit audit, VictimConfig config, Caller caller) {
        this.victims = victims;
        this.vault = vault;
        this.audit = audit;
        this.config = config;
        this.caller = caller;
    }

    public OffsetDateTime now() {
        return victims.now();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VictimDisclosureRequest request(UUID referralId, VictimRequests.NewDisclosureRequest body) {
        VictimReferral referral = victims.visible(referralId);
        VictimDisclosureRequest request = new VictimDisclosureRequest();
        request.id = UUID.randomUUID();
        request.referralId = referral.id;
        request.agency = caller.agency();
        request.requestedBy = caller.subject();
        request.reason = body.reason();
        request.requestedAt = now();
        request.status = VictimDisclosureRequest.Status.PENDING;
        request.persist();
        audit.append(VictimDisclosureEntry.Action.REQUESTED, request, caller.subject(), body.reason(), request.requestedAt);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VictimDisclosureRequest decide(UUID referralId, UUID requestId, VictimRequests.Decision body) {
        VictimDisclosureRequest request = find(referralId, requestId);
        if (request.requestedBy.equals(caller.subject())) {
            throw new ProblemException(403, "Forbidden", "A second person must decide: the requester cannot approve or deny their own request");
        }
        OffsetDateTime now = now();
        if (request.status != VictimDisclosureRequest.Status.PENDING) {
            throw ProblemException.conflict("The request is already " + request.statusAt(now));
        }
        request.status = body.approve() ? VictimDisclosureRequest.Status.APPROVED : VictimDisclosureRequest.Status.DENIED;
        request.decidedBy = caller.subject();
        request.decisionReason = body.reason();
        request.decidedAt = now;
        request.expiresAt = body.approve() ? now.plus(config.approvalWindow()) : null;
        audit.append(body.approve() ? VictimDisclosureEntry.Action.APPROVED : VictimDisclosureEntry.Action.DENIED, request,
                caller.subject(), body.reason(), now);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VictimRequests.Disclosure read(UUID referralId, UUID requestId) {
        VictimDisclosureRequest request = find(referralId, requestId);
        if (!request.requestedBy.equals(caller.subject())) {
            throw new ProblemException(403, "Forbidden", "Only the custodian who asked may read under this approval");
        }
        OffsetDateTime now = now();
        VictimDisclosureRequest.Status status = request.statusAt(now);
        if (status != VictimDisclosureRequest.Status.APPROVED) {
            throw ProblemException.conflict(switch (status) {
                case PENDING -> "The request awaits a second person's decision";
                case DENIED -> "The request was denied: " + request.decisionReason;
                case READ -> "This approval was already used; ask again";
                default -> "The approval expired at " + request.expiresAt + "; ask again";
            });
        }
        request.status = VictimDisclosureRequest.Status.READ;
        request.readAt = now;
        audit.append(VictimDisclosureEntry.Action.READ, request, caller.subject(), null, now);
        VictimReferral referral = victims.visible(referralId);
        return VictimRequests.Disclosure.of(request.id, referral, vault.open(referral), now);
    }

    /** A request of the caller's own agency on a referral it is a side of; any other is answered 404. */
    public VictimDisclosureRequest find(UUID referralId, UUID requestId) {
        VictimReferral referral = victims.visible(referralId);
        VictimDisclosureRequest request = VictimDisclosureRequest.findById(requestId);
        if (request == null || !request.referralId.equals(referral.id) || !request.agency.equals(caller.agency())) {
            throw ProblemException.notFound("Disclosure request " + requestId);
        }
        return request;
    }

    public vnla.common.web.Page<VictimRequests.AuditView> auditOf(UUID referralId, int page, int size) {
        return audit.ofReferral(victims.visible(referralId).id, page, size).map(VictimRequests.AuditView::of);
    }
}
