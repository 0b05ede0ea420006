package vnla.cases.victim;

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
 * Two-person disclosure of a victim's identity, as hotline-service does for reporters: a custodian of either side asks
 * with a reason, another custodian or an admin of the same agency decides, and the requester reads the identity once
 * within the approval window. Every step is appended to the hash-chained victim disclosure audit. Only a referral the
 * caller's agency is a side of has requests (404 otherwise).
 */
@ApplicationScoped
public class VictimDisclosureService {

    private final VictimService victims;
    private final VictimVault vault;
    private final TwoPersonDisclosure<VictimDisclosureRequest, VictimDisclosureEntry> disclosure;

    public VictimDisclosureService(VictimService victims, VictimVault vault, VictimAudit audit, VictimConfig config, Caller caller,
            InstantSource clock, EntityManager em) {
        this.victims = victims;
        this.vault = vault;
        this.disclosure = new TwoPersonDisclosure<>(em, VictimDisclosureRequest.class, VictimDisclosureRequest::new, audit, caller,
                clock, config.approvalWindow());
    }

    public OffsetDateTime now() {
        return disclosure.now();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VictimDisclosureRequest request(UUID referralId, VictimRequests.NewDisclosureRequest body) {
        return disclosure.request(victims.visible(referralId).id, body.reason());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VictimDisclosureRequest decide(UUID referralId, UUID requestId, VictimRequests.Decision body) {
        return disclosure.decide(find(referralId, requestId), body.approve(), body.reason());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VictimRequests.Disclosure read(UUID referralId, UUID requestId) {
        VictimDisclosureRequest request = disclosure.read(find(referralId, requestId));
        VictimReferral referral = victims.visible(referralId);
        return VictimRequests.Disclosure.of(request.id, referral, vault.open(referral), request.readAt);
    }

    /** A request of the caller's own agency on a referral it is a side of; any other is answered 404. */
    public VictimDisclosureRequest find(UUID referralId, UUID requestId) {
        return disclosure.find(victims.visible(referralId).id, requestId);
    }

    public Page<VictimRequests.AuditView> auditOf(UUID referralId, int page, int size) {
        return disclosure.audit(victims.visible(referralId).id, page, size).map(VictimRequests.AuditView::of);
    }
}
