package vnla.cases.link;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.cases.operation.JointOperation;
import vnla.cases.operation.OperationService;
import vnla.cases.operation.OperationStatus;
import vnla.cases.release.ReleaseService;
import vnla.cases.release.TipLinks;
import vnla.cases.release.Tips;
import vnla.cases.tip.TipProjection;
import vnla.cases.tip.TipStatus;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.TipLinked;
import vnla.common.event.TipUnlinked;
import vnla.common.idempotency.Idempotency;
import vnla.common.outbox.Outbox;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;

/**
 * Links tips to operations and unlinks them. A link, its {@code cases.tip.linked} event, its timeline entry and, when the
 * owning agency links its own tip, its release to the operation's other parties commit together.
 */
@ApplicationScoped
public class LinkService implements TipLinks {

    private final OperationService operations;
    private final ReleaseService releases;
    private final Tips tips;
    private final Timeline timeline;
    private final Outbox outbox;
    private final Caller caller;

    public LinkService(OperationService operations, ReleaseService releases, Tips tips, Timeline timeline, Outbox outbox, Caller caller) {
        this.operations = operations;
        this.releases = releases;
        this.tips = tips;
        this.timeline = timeline;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created link(UUID operationId, LinkRequests.NewLink request, boolean fromSuggestion) {
        JointOperation operation = operations.visible(operationId);
        if (operation.status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("Operation " + operation.codeName + " is CLOSED and takes no new links");
        }
        TipProjection tip = linkable(operation, request.tipId());
        if (tip.status == TipStatus.DISMISSED) {
            throw ProblemException.conflict("Tip " + tip.reference + " was dismissed and cannot be linked");
        }
        if (isLinked(operation.id, tip.id)) {
            throw ProblemException.conflict("Tip " + tip.reference + " is already linked to operation " + operation.codeName);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TipLink link = new TipLink();
        link.operationId = operation.id;
        link.tipId = tip.id;
        link.note = request.note();
        link.fromSuggestion = fromSuggestion;
        link.linkedBy = caller.subject();
        link.linkedAt = now;
        link.persist();
        outbox.append(operation.id.toString(), new TipLinked(operation.id, operation.codeName, tip.id, tip.reference, link.linkedBy,
                caller.agency(), now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tipId", tip.id.toString());
        details.put("tipReference", tip.reference);
        details.put("fromSuggestion", fromSuggestion);
        if (link.note != null) {
            details.put("note", link.note);
        }
        timeline.record(operation.id, TimelineKind.TIP_LINKED, link.linkedBy, now, details);
        if (tip.receivingAgency.equals(caller.agency())) {
            // only the owning agency releases its tip; a partner linking what was released to it releases nothing further
            releases.onLink(tip, operation, link.linkedBy);
        }
        return new Idempotency.Created(URI.create("/api/v1/operations/" + operation.id + "/links/" + tip.id),
                LinkView.of(link, tip, tips.sight(tip)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unlink(UUID operationId, UUID tipId) {
        JointOperation operation = operations.visible(operationId);
        TipLink link = TipLink.findById(new TipLink.Key(operation.id, tipId));
        if (link == null) {
            throw ProblemException.notFound("A link of tip " + tipId + " to operation " + operation.codeName);
        }
        TipProjection tip = TipProjection.findById(tipId);
        if (!tip.receivingAgency.equals(caller.agency()) && !operation.leadAgency.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only the tip's own agency or the operation's lead unlinks it");
        }
        if (operation.status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("Operation " + operation.codeName + " is CLOSED; its links are final");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        link.delete();
        outbox.append(operation.id.toString(), new TipUnlinked(operation.id, tip.id, tip.reference, caller.subject(), now));
        timeline.record(operation.id, TimelineKind.TIP_UNLINKED, caller.subject(), now,
                Map.of("tipId", tip.id.toString(), "tipReference", tip.reference));
    }

    public vnla.common.web.Page<LinkView> list(UUID operationId, int page, int size) {
        JointOperation operation = operations.visible(operationId);
        var found = TipLink.<TipLink>find("operationId", Sort.by("linkedAt").and("tipId"), operation.id).page(Page.of(page, size));
        List<LinkView> views = found.list().stream()
                .map(link -> {
                    TipProjection tip = TipProjection.findById(link.tipId);
                    return LinkView.of(link, tip, tips.sight(tip));
                })
                .toList();
        return new vnla.common.web.Page<>(views, page, size, found.count());
    }

    @Override
    public List<UUID> operationsOf(UUID tipId) {
        return TipLink.<TipLink>list("tipId", tipId).stream().map(link -> link.operationId).toList();
    }

    @Override
    public boolean isLinked(UUID operationId, UUID tipId) {
        return TipLink.findById(new TipLink.Key(operationId, tipId)) != null;
    }

    /**
     * A tip the caller may link to the operation: known here, received by one of the operation's parties, and either the
     * caller's own agency's or released to it by a release that still holds. Any other answers 404 alike.
     */
    public TipProjection linkable(JointOperation operation, UUID tipId) {
        TipProjection tip = TipProjection.findById(tipId);
        if (tip == null || !operation.isParty(tip.receivingAgency) || !tips.sight(tip).seesContent()) {
            throw new ProblemException(404, "Not Found", "Tip " + tipId + " is not known to your agency here: case-service has not "
                    + "received it yet, it was received by an agency not party to this operation, or it was not released to you");
        }
        return tip;
    }
}
