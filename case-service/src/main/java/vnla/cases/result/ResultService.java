package vnla.cases.result;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.cases.operation.JointOperation;
import vnla.cases.operation.OperationService;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;

/** Records and lists the results of a joint operation; each recording appears on its timeline. */
@ApplicationScoped
public class ResultService {

    private static final Set<Vocabulary.QuantityUnit> DRUG_UNITS = EnumSet.of(Vocabulary.QuantityUnit.TABLET,
            Vocabulary.QuantityUnit.GRAM, Vocabulary.QuantityUnit.KILOGRAM);

    private final OperationService operations;
    private final Timeline timeline;
    private final Caller caller;

    public ResultService(OperationService operations, Timeline timeline, Caller caller) {
        this.operations = operations;
        this.timeline = timeline;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created record(UUID operationId, ResultRequests.NewResult request) {
        JointOperation operation = operations.visible(operationId);
        List<ResultRequests.DrugQuantity> drugs = request.drugList();
        for (int i = 0; i < drugs.size(); i++) {
            if (!DRUG_UNITS.contains(drugs.get(i).unit())) {
                throw ProblemException.badField("drugs[" + i + "].unit", "must be TABLET, GRAM or KILOGRAM");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OperationResult result = new OperationResult();
        result.id = UUID.randomUUID();
        result.operationId = operation.id;
        result.occurredOn = request.date();
        result.provinceCode = request.place().provinceCode();
        result.district = request.place().district();
        result.borderPoint = request.place().borderPoint();
        result.latitude = request.place().latitude();
        result.longitude = request.place().longitude();
        result.casesOpened = orZero(request.casesOpened());
        result.suspectsArrested = orZero(request.suspectsArrested());
        result.weapons = orZero(request.weapons());
        result.rounds = orZero(request.rounds());
        result.note = request.note();
        result.recordedBy = caller.subject();
        result.recordedAt = now;
        drugs.forEach(d -> result.drugs.add(new OperationResult.DrugSeizure(d.drugType(), d.quantity(), d.unit())));
        result.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("resultId", result.id.toString());
        details.put("date", result.occurredOn.toString());
        details.put("casesOpened", result.casesOpened);
        details.put("suspectsArrested", result.suspectsArrested);
        details.put("weapons", result.weapons);
        details.put("rounds", result.rounds);
        details.put("drugs", drugs.stream().map(d -> d.quantity().toPlainString() + " " + d.unit() + " " + d.drugType()).toList());
        timeline.record(operation.id, TimelineKind.RESULT_RECORDED, caller.subject(), now, details);
        return new Idempotency.Created(URI.create("/api/v1/operations/" + operation.id + "/results/" + result.id), ResultView.of(result));
    }

    public vnla.common.web.Page<ResultView> list(UUID operationId, int page, int size) {
        JointOperation operation = operations.visible(operationId);
        var found = OperationResult.<OperationResult>find("operationId", Sort.by("occurredOn").and("recordedAt").and("id"), operation.id)
                .page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(ResultView::of).toList(), page, size, found.count());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
