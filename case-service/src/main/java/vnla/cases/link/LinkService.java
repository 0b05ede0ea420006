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

import io.quarkus.panache.common.Sort;
import vnla.cases.alert.AlertRequests;
import vnla.cases.operation.JointOperation;
import vnla.cases.operation.OperationService;
import vnla.cases.operation.OperationStatus;
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
 * Links tips to operations and unlinks them. A link, its {@code cases.tip.linked} event, its timeline entry and the
 * alert request to the operation's other parties commit together.
 */
@ApplicationScoped
public class LinkService {

    private final OperationService operations;
    private final AlertRequests alertRequests;
    private final Timeline timeline;
    private final Outbox outbox;
    private final Caller caller;

    public LinkService(OperationService operations, AlertRequests alertRequests, Timeline timeline, Outbox outbox, Caller caller) {
        this.operations = operations;
        this.alertRequests = alertRequests;
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
        if (TipLink.findById(new TipLink.Key(operation.id, tip.id)) != null) {
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
        alertRequests.onLink(tip, operation, link.linkedBy);
        return new Idempotency.Created(URI.create("/api/v1/operations/" + operation.id + "/links/" + tip.id), LinkView.of(link, tip));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unlink(UUID operationId, UUID tipId) {
        JointOperation operation = operations.visible(operationId);
        TipLink link = TipLink.findById(new TipLink.Key(operation.id, tipId));
        if (link == null) {
            throw ProblemException.notFound("A link of tip " + tipId + " to operation " + operation.codeName);
        }
        if (operation.status == OperationStatus.CLOSED) {
            throw ProblemException.conflict("Operation " + operation.codeName + " is CLOSED; its links are final");
        }
        TipProjection tip = TipProjection.findById(tipId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        link.delete();
        outbox.append(operation.id.toString(), new TipUnlinked(operation.id, tip.id, tip.reference, caller.subject(), now));
        timeline.record(operation.id, TimelineKind.TIP_UNLINKED, caller.subject(), now,
                Map.of("tipId", tip.id.toString(), "tipReference", tip.reference));
    }

    public List<LinkView> list(UUID operationId) {
        JointOperation operation = operations.visible(operationId);
        return TipLink.<TipLink>list("operationId", Sort.by("linkedAt").and("tipId"), operation.id).stream()
                .map(link -> LinkView.of(link, TipProjection.findById(link.tipId)))
                .toList();
    }

    /** A tip the operation may take: known here, and received by one of the operation's parties. */
    public static TipProjection linkable(JointOperation operation, UUID tipId) {
        TipProjection tip = TipProjection.findById(tipId);
        if (tip == null || !operation.isParty(tip.receivingAgency)) {
            throw new ProblemException(404, "Not Found", "Tip " + tipId + " is not known here: case-service has not received it "
                    + "from hotline-service yet, or it was received by an agency that is not party to this operation");
        }
        return tip;
    }
}
