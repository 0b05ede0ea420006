package vnla.hotline.reporter;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vnla.common.disclosure.TwoPersonDisclosure;
import vnla.common.security.Caller;
import vnla.common.web.Page;

/**
 * Two-person disclosure of a reporter's identity: a custodian asks with a reason, another custodian or an admin of the
 * same agency decides, and the requester reads the identity once within the approval window. Every step is audited.
 * Only a tip of the caller's agency has requests (404 otherwise).
 */
@ApplicationScoped
public class DisclosureService {

    private final ReportedTips tips;
    private final ReporterVault vault;
    private final TwoPersonDisclosure<DisclosureRequest, DisclosureAuditEntry> disclosure;

    public DisclosureService(ReportedTips tips, Caller caller, ReporterVault vault, DisclosureAudit audit, DisclosureConfig config,
            InstantSource clock, EntityManager em) {
        this.tips = tips;
        this.vault = vault;
        this.disclosure = new TwoPersonDisclosure<>(em, DisclosureRequest.class, DisclosureRequest::new, audit, caller, clock,
                config.approvalWindow());
    }

    public OffsetDateTime now() {
        return disclosure.now();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureRequest request(UUID tipId, DisclosureRequests.NewRequest body) {
        tips.requireOwn(tipId);
        return disclosure.request(tipId, body.reason());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureRequest decide(UUID tipId, UUID requestId, DisclosureRequests.Decision body) {
        return disclosure.decide(find(tipId, requestId), body.approve(), body.reason());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureRequests.Disclosure read(UUID tipId, UUID requestId) {
        DisclosureRequest request = disclosure.read(find(tipId, requestId));
        Reporter reporter = Reporter.findById(tipId);
        ReporterIdentity identity = vault.open(reporter);
        return new DisclosureRequests.Disclosure(request.id, tipId, reporter.anonymous, identity.name(), identity.phone(),
                identity.email(), identity.address(), request.readAt);
    }

    public DisclosureRequest find(UUID tipId, UUID requestId) {
        tips.requireOwn(tipId);
        return disclosure.find(tipId, requestId);
    }

    public Page<DisclosureRequests.RequestView> list(UUID tipId, int page, int size) {
        tips.requireOwn(tipId);
        OffsetDateTime now = now();
        return disclosure.requests(tipId, page, size).map(r -> DisclosureRequests.RequestView.of(r, now));
    }

    public Page<DisclosureRequests.AuditView> auditOf(UUID tipId, int page, int size) {
        tips.requireOwn(tipId);
        return disclosure.audit(tipId, page, size).map(DisclosureRequests.AuditView::of);
    }
}
