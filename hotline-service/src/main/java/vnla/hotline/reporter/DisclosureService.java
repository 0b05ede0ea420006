package vnla.hotline.reporter;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;

/**
 * Two-person disclosure of a reporter's identity: a custodian asks with a reason, another custodian or an admin of the
 * same agency decides, and the requester reads the identity once within the approval window. Every step is audited.
 */
@ApplicationScoped
public class DisclosureService {

    private final ReportedTips tips;
    private final Caller caller;
    private final ReporterVault vault;
    private final DisclosureAudit audit;
    private final DisclosureConfig config;
    private final InstantSource clock;

    public DisclosureService(ReportedTips tips, Caller caller, ReporterVault vault, DisclosureAudit audit, DisclosureConfig config,
            InstantSource clock) {
        this.tips = tips;
        this.caller = caller;
        this.vault = vault;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** Database precision, so the audit hash covers exactly what is stored. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureRequest request(UUID tipId, DisclosureRequests.NewRequest body) {
        tips.requireOwn(tipId);
        DisclosureRequest request = new DisclosureRequest();
        request.id = UUID.randomUUID();
        request.tipId = tipId;
        request.agency = caller.agency();
        request.requestedBy = caller.subject();
        request.reason = body.reason();
        request.requestedAt = now();
        request.status = DisclosureStatus.PENDING;
        request.persist();
        audit.append(DisclosureAuditEntry.Action.REQUESTED, request, caller.subject(), body.reason(), request.requestedAt);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureRequest decide(UUID tipId, UUID requestId, DisclosureRequests.Decision body) {
        DisclosureRequest request = find(tipId, requestId);
        if (request.requestedBy.equals(caller.subject())) {
            throw new ProblemException(403, "Forbidden", "A second person must decide: the requester cannot approve or deny their own request");
        }
        if (request.status != DisclosureStatus.PENDING) {
            throw ProblemException.conflict("The request is already " + request.statusAt(now()));
        }
        OffsetDateTime now = now();
        request.status = body.approve() ? DisclosureStatus.APPROVED : DisclosureStatus.DENIED;
        request.decidedBy = caller.subject();
        request.decisionReason = body.reason();
        request.decidedAt = now;
        request.expiresAt = body.approve() ? now.plus(config.approvalWindow()) : null;
        audit.append(body.approve() ? DisclosureAuditEntry.Action.APPROVED : DisclosureAuditEntry.Action.DENIED, request,
                caller.subject(), body.reason(), now);
        return request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureRequests.Disclosure read(UUID tipId, UUID requestId) {
        DisclosureRequest request = find(tipId, requestId);
        if (!request.requestedBy.equals(caller.subject())) {
            throw new ProblemException(403, "Forbidden", "Only the custodian who asked may read under this approval");
        }
        OffsetDateTime now = now();
        DisclosureStatus status = request.statusAt(now);
        if (status != DisclosureStatus.APPROVED) {
            throw ProblemException.conflict(switch (status) {
                case PENDING -> "The request awaits a second person's decision";
                case DENIED -> "The request was denied: " + request.decisionReason;
                case READ -> "This approval was already used; ask again";
                default -> "The approval expired at " + request.expiresAt + "; ask again";
            });
        }
        request.status = DisclosureStatus.READ;
        request.readAt = now;
        audit.append(DisclosureAuditEntry.Action.READ, request, caller.subject(), null, now);
        Reporter reporter = Reporter.findById(tipId);
        ReporterIdentity identity = vault.open(reporter);
        return new DisclosureRequests.Disclosure(request.id, tipId, reporter.anonymous, identity.name(), identity.phone(),
                identity.email(), identity.address(), now);
    }

    public DisclosureRequest find(UUID tipId, UUID requestId) {
        tips.requireOwn(tipId);
        DisclosureRequest request = DisclosureRequest.findById(requestId);
        if (request == null || !request.tipId.equals(tipId) || !request.agency.equals(caller.agency())) {
            throw ProblemException.notFound("Disclosure request " + requestId);
        }
        return request;
    }

    public vnla.common.web.Page<DisclosureRequests.RequestView> list(UUID tipId, int page, int size) {
        tips.requireOwn(tipId);
        var found = DisclosureRequest.<DisclosureRequest>find("tipId = ?1 and agency = ?2", Sort.by("requestedAt").and("id"), tipId,
                caller.agency()).page(Page.of(page, size));
        OffsetDateTime now = now();
        return new vnla.common.web.Page<>(found.list().stream().map(r -> DisclosureRequests.RequestView.of(r, now)).toList(), page, size,
                found.count());
    }

    public vnla.common.web.Page<DisclosureRequests.AuditView> auditOf(UUID tipId, int page, int size) {
        tips.requireOwn(tipId);
        return audit.ofTip(tipId, page, size).map(DisclosureRequests.AuditView::of);
    }
}
