package vnla.cases.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.cases.config.CasesConfig;
import vnla.cases.link.LinkService;
import vnla.cases.link.TipLink;
import vnla.cases.operation.JointOperation;
import vnla.cases.operation.OperationService;
import vnla.cases.release.ReleasePolicy;
import vnla.cases.tip.TipProjection;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.web.Page;

/**
 * Ranks the tips that probably belong to an operation, in one SQL query over the indexed normalised identifiers: what
 * they share with the operation's linked tips (phones, plates, ID numbers, folded names), then area, category and period.
 * Only the caller's own agency's tips and tips released to it (the release policy decides, release still holding) are
 * drawn on, on both sides of a match; identifiers only where the caller may see persons. Tips already linked, rejected,
 * dismissed, or received by an agency not party to the operation are never suggested.
 */
@ApplicationScoped
public class SuggestionService {

    private static final TypeReference<List<SuggestionView.Reason>> REASONS = new TypeReference<>() {
    };

    static final String QUERY = """
            with op as (
                select o.id, o.category, o.province_codes, o.lead_agency, o.partner_agencies,
                       cast(o.starts_on as timestamp) at time zone :zone as period_start,
                       case when o.ends_on is null then null else cast(o.ends_on + 1 as timestamp) at time zone :zone end as period_end
                from joint_operation o where o.id = :operation
            ),
            -- the caller's own agency's tips and those released to it whose release holds; persons only where allowed
            visible as (
                select t.id, t.receiving_agency = :caller or t.id = any(cast(string_to_array(:withPersons, ',') as uuid[])) as persons
                from tip_projection t
                where t.receiving_agency = :caller or t.id = any(cast(string_to_array(:released, ',') as uuid[]))
            ),
            linked as (select l.tip_id from tip_link l where l.operation_id = :operation),
            sources as (select l.tip_id from linked l join visible v on v.id = l.tip_id and v.persons),
            op_phones as (select distinct p.e164 from tip_phone p join sources l on l.tip_id = p.tip_id),
            op_plates as (select distinct p.plate from tip_plate p join sources l on l.tip_id = p.tip_id),
            op_id_numbers as (select distinct i.id_number from tip_id_number i join sources l on l.tip_id = i.tip_id),
            op_names as (select distinct n.name_folded from tip_person_name n join sources l on l.tip_id = n.tip_id),
            entity_reasons as (
                select p.tip_id, 'SHARED_PHONE' as reason, p.e164 as value, p.as_given as as_written, :sharedPhone as weight
                from tip_phone p join op_phones o on o.e164 = p.e164 join visible v on v.id = p.tip_id and v.persons
                union
                select p.tip_id, 'SHARED_PLATE', p.plate, p.as_given, :sharedPlate
                from tip_plate p join op_plates o on o.plate = p.plate join visible v on v.id = p.tip_id and v.persons
                union
                select i.tip_id, 'SHARED_ID_NUMBER', i.id_number, i.as_given, :sharedIdNumber
                from tip_id_number i join op_id_numbers o on o.id_number = i.id_number join visible v on v.id = i.tip_id and v.persons
                union
                select n.tip_id, 'SHARED_NAME', n.name_folded, min(n.name), :sharedName
                from tip_person_name n join op_names o on o.name_folded = n.name_folded join visible v on v.id = n.tip_id and v.persons
                group by n.tip_id, n.name_folded
            ),
            context_tips as (
                select t.id as tip_id from tip_projection t join visible v on v.id = t.id cross join op
                where t.category = op.category and t.province_code = any(op.province_codes)
                  and t.occurred_at >= op.period_start and (op.period_end is null or t.occurred_at < op.period_end)
            ),
            pool as (select tip_id from entity_reasons union select tip_id from context_tips),
            candidates as (
                select t.id, t.category, t.province_code, t.occurred_at
                from tip_projection t join pool on pool.tip_id = t.id join visible v on v.id = t.id cross join op
                where t.status <> 'DISMISSED'
                  and (t.receiving_agency = op.lead_agency or t.receiving_agency = any(op.partner_agencies))
                  and not exists (select 1 from linked l where l.tip_id = t.id)
                  and not exists (select 1 from suggestion_rejection r where r.operation_id = :operation and r.tip_id = t.id)
            ),
            reasons as (
                select r.tip_id, r.reason, r.value, r.as_written, r.weight from entity_reasons r join candidates c on c.id = r.tip_id
                union all
                select c.id, 'SAME_AREA', c.province_code, cast(null as text), :sameArea
                from candidates c cross join op where c.province_code = any(op.province_codes)
                union all
                select c.id, 'SAME_CATEGORY', c.category, cast(null as text), :sameCategory
                from candidates c cross join op where c.category = op.category
                union all
                select c.id, 'WITHIN_PERIOD', to_char(c.occurred_at at time zone :zone, 'YYYY-MM-DD'), cast(null as text), :withinPeriod
                from candidates c cross join op
                where c.occurred_at >= op.period_start and (op.period_end is null or c.occurred_at < op.period_end)
            ),
            scored as (
                select r.tip_id, sum(r.weight) as score,
                       jsonb_agg(jsonb_build_object('reason', r.reason, 'value', r.value, 'asWritten', r.as_written)
                                 order by r.weight desc, r.reason, r.value) as reasons
                from reasons r group by r.tip_id
            )
            select cast(s.tip_id as text), s.score, cast(s.reasons as text), count(*) over () as total
            from scored s join candidates c on c.id = s.tip_id
            where s.score >= :minimumScore
            order by s.score desc, c.occurred_at desc, s.tip_id
            limit :limit offset :offset""";

    private final OperationService operations;
    private final LinkService links;
    private final ReleasePolicy policy;
    private final InstantSource clock;
    private final Timeline timeline;
    private final Caller caller;
    private final CasesConfig config;
    private final ObjectMapper mapper;
    private final EntityManager em;

    public SuggestionService(OperationService operations, LinkService links, ReleasePolicy policy, InstantSource clock, Timeline timeline,
            Caller caller, CasesConfig config, ObjectMapper mapper, EntityManager em) {
        this.operations = operations;
        this.links = links;
        this.policy = policy;
        this.clock = clock;
        this.timeline = timeline;
        this.caller = caller;
        this.config = config;
        this.mapper = mapper;
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Page<SuggestionView> suggest(UUID operationId, int page, int size) {
        JointOperation operation = operations.visible(operationId);
        CasesConfig.Suggestions weights = config.suggestions();
        Map<UUID, ReleasePolicy.Sight> released = policy.releasedTo(caller.agency(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter("operation", operation.id)
                .setParameter("caller", caller.agency())
                .setParameter("released", join(released.keySet()))
                .setParameter("withPersons", join(released.entrySet().stream().filter(e -> e.getValue().seesPersons()).map(Map.Entry::getKey).toList()))
                .setParameter("zone", config.zone().getId())
                .setParameter("sharedPhone", weights.sharedPhone())
                .setParameter("sharedPlate", weights.sharedPlate())
                .setParameter("sharedIdNumber", weights.sharedIdNumber())
                .setParameter("sharedName", weights.sharedName())
                .setParameter("sameArea", weights.sameArea())
                .setParameter("sameCategory", weights.sameCategory())
                .setParameter("withinPeriod", weights.withinPeriod())
                .setParameter("minimumScore", weights.minimumScore())
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        List<UUID> ids = rows.stream().map(row -> UUID.fromString((String) row[0])).toList();
        Map<UUID, TipProjection> tips = ids.isEmpty() ? Map.of()
                : TipProjection.<TipProjection>list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<SuggestionView> suggestions = rows.stream().map(row -> {
            TipProjection tip = tips.get(UUID.fromString((String) row[0]));
            return new SuggestionView(tip.id, tip.reference, tip.receivingAgency, tip.category, tip.occurredAt, tip.location(),
                    tip.description, tip.language, ((Number) row[1]).intValue(), reasons((String) row[2]));
        }).toList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue();
        return new Page<>(suggestions, page, size, total);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(UUID operationId, UUID tipId, SuggestionRequests.Decision request) {
        JointOperation operation = operations.visible(operationId);
        TipProjection tip = links.linkable(operation, tipId);
        if (TipLink.findById(new TipLink.Key(operation.id, tip.id)) != null) {
            throw ProblemException.conflict("Tip " + tip.reference + " is linked to operation " + operation.codeName
                    + "; unlink it instead");
        }
        if (SuggestionRejection.findById(new SuggestionRejection.Key(operation.id, tip.id)) != null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SuggestionRejection rejection = new SuggestionRejection();
        rejection.operationId = operation.id;
        rejection.tipId = tip.id;
        rejection.reason = request == null ? null : request.note();
        rejection.rejectedBy = caller.subject();
        rejection.rejectedAt = now;
        rejection.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tipId", tip.id.toString());
        details.put("tipReference", tip.reference);
        if (rejection.reason != null) {
            details.put("note", rejection.reason);
        }
        timeline.record(operation.id, TimelineKind.SUGGESTION_REJECTED, caller.subject(), now, details);
    }

    private static String join(java.util.Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private List<SuggestionView.Reason> reasons(String json) {
        try {
            return mapper.readValue(json, REASONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
