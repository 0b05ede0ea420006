package vnla.cases.operation;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vnla.cases.agency.Agencies;
import vnla.cases.agency.Agency;
import vnla.cases.timeline.Timeline;
import vnla.cases.timeline.TimelineKind;
import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.web.Page;
import vnla.common.web.Versions;

/**
 * Opens, reads, lists and moves joint operations. Only the lead agency opens one; its partners are invited and become
 * parties when they accept. Only the parties ever see an operation.
 */
@ApplicationScoped
public class OperationService {

    private final Caller caller;
    private final Agencies agencies;
    private final Timeline timeline;
    private final InvitationService invitations;
    private final EntityManager em;

    public OperationService(Caller caller, Agencies agencies, Timeline timeline, InvitationService invitations, EntityManager em) {
        this.caller = caller;
        this.agencies = agencies;
        this.timeline = timeline;
        this.invitations = invitations;
        this.em = em;
    }

    /** Filters of the operation list; null means any. */
    public record Filter(OperationStatus status, String agency, Vocabulary.Category category, String provinceCode,
            LocalDate from, LocalDate to) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created open(OperationRequests.NewOperation request) {
        Agency lead = agencies.find(request.leadAgency())
                .orElseThrow(() -> ProblemException.badField("leadAgency", "is not a known agency"));
        String me = caller.agency();
        if (!lead.id.equals(me)) {
            throw new ProblemException(403, "Forbidden", "Only an analyst of the lead agency opens an operation; partners are invited");
        }
        List<String> partners = request.partnerAgencies().stream().distinct().toList();
        boolean crossesBorder = false;
        for (int i = 0; i < request.partnerAgencies().size(); i++) {
            String partner = request.partnerAgencies().get(i);
            Agency agency = agencies.find(partner)
                    .orElseThrow(() -> ProblemException.badField("partnerAgencies", "names an unknown agency: " + partner));
            if (agency.id.equals(lead.id)) {
                throw ProblemException.badField("partnerAgencies", "must not name the lead agency");
            }
            crossesBorder |= !agency.country.equals(lead.country);
        }
        if (!crossesBorder) {
            throw ProblemException.badField("partnerAgencies", "must name at least one agency on the other side of the border");
        }
        if (request.period().to() != null && request.period().to().isBefore(request.period().from())) {
            throw ProblemException.badField("period.to", "must not be before period.from");
        }
        List<WorkingGroup> workingGroups = workingGroups(request.workingGroups(), lead.id, partners);
        if (JointOperation.count("leadAgency = ?1 and lower(codeName) = lower(?2)", lead.id, request.codeName().strip()) > 0) {
            throw ProblemException.conflict("Your agency already leads an operation with code name " + request.codeName().strip());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JointOperation operation = new JointOperation();
        operation.id = UUID.randomUUID();
        operation.codeName = request.codeName().strip();
        operation.leadAgency = lead.id;
        operation.partnerAgencies = new ArrayList<>();
        operation.category = request.category();
        operation.provinceCodes = new ArrayList<>(request.area().provinceCodes().stream().distinct().toList());
        operation.districts = listOf(request.area().districts());
        operation.borderPoints = listOf(request.area().borderPoints());
        operation.startsOn = request.period().from();
        operation.endsOn = request.period().to();
        operation.workingGroups = workingGroups;
        operation.exercise = Boolean.TRUE.equals(request.exercise());
        operation.description = request.description();
        operation.status = OperationStatus.PLANNED;
        operation.createdAt = now;
        operation.createdBy = caller.subject();
        operation.updatedAt = now;
        operation.persist();
        timeline.record(operation.id, TimelineKind.OPERATION_OPENED, caller.subject(), now,
                Map.of("codeName", operation.codeName, "status", operation.status.name(), "agency", me));
        partners.forEach(partner -> invitations.invite(operation, partner));
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/operations/" + operation.id), OperationView.of(operation));
    }

    /** An operation the caller's agency is party to; any other is answered as if it did not exist. */
    public JointOperation visible(UUID id) {
        JointOperation operation = JointOperation.findById(id);
        if (operation == null || !operation.isParty(caller.agency())) {
            throw ProblemException.notFound("Operation " + id);
        }
        return operation;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public JointOperation changeStatus(UUID id, String ifMatch, OperationRequests.StatusChange request) {
        JointOperation operation = visible(id);
        Versions.requireMatch(ifMatch, operation.version);
        OperationStatus from = operation.status;
        if (!from.canMoveTo(request.status())) {
            throw ProblemException.conflict("A " + from + " operation cannot become " + request.status());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        operation.status = request.status();
        operation.updatedAt = now;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", request.status().name());
        if (request.reason() != null) {
            details.put("reason", request.reason());
        }
        timeline.record(operation.id, TimelineKind.STATUS_CHANGED, caller.subject(), now, details);
        em.flush();
        return operation;
    }

    @SuppressWarnings("unchecked")
    public Page<OperationView> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where (lead_agency = :caller or :caller = any(partner_agencies))");
        Map<String, Object> params = new HashMap<>();
        params.put("caller", caller.agency());
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.agency() != null) {
            where.append(" and (lead_agency = :agency or :agency = any(partner_agencies))");
            params.put("agency", filter.agency());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.provinceCode() != null) {
            where.append(" and :province = any(province_codes)");
            params.put("province", filter.provinceCode());
        }
        if (filter.to() != null) {
            where.append(" and starts_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.from() != null) {
            where.append(" and (ends_on is null or ends_on >= :from)");
            params.put("from", filter.from());
        }
        var query = em.createNativeQuery("select * from joint_operation" + where + " order by created_at desc, id limit :limit offset :offset",
                JointOperation.class);
        var count = em.createNativeQuery("select count(*) from joint_operation" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        query.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<JointOperation> found = query.getResultList();
        return new Page<>(found.stream().map(OperationView::of).toList(), page, size, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * The operation's working groups, each with its host agency named: a party's officers (the lead or an invited partner)
     * stationed for a valid period with another party, in that party's province. A 400 naming the field otherwise.
     */
    private List<WorkingGroup> workingGroups(List<WorkingGroup> groups, String lead, List<String> partners) {
        List<WorkingGroup> checked = new ArrayList<>();
        List<String> parties = new ArrayList<>(partners);
        parties.add(lead);
        for (int i = 0; groups != null && i < groups.size(); i++) {
            WorkingGroup group = groups.get(i);
            String field = "workingGroups[" + i + "].";
            if (!parties.contains(group.agency())) {
                throw ProblemException.badField(field + "agency", "must be a party of the operation: the lead or an invited partner");
            }
            if (group.to().isBefore(group.from())) {
                throw ProblemException.badField(field + "to", "must not be before " + field + "from");
            }
            Agency host = group.hostAgency() != null ? agencies.find(group.hostAgency()).orElse(null)
                    : agencies.all().stream().filter(a -> group.hostProvinceCode().equals(a.provinceCode)).findFirst().orElse(null);
            if (group.hostAgency() != null && (host == null || !parties.contains(host.id) || host.id.equals(group.agency()))) {
                throw ProblemException.badField(field + "hostAgency", "must be another party of the operation than the group's agency");
            }
            if (host == null || !group.hostProvinceCode().equals(host.provinceCode)) {
                throw ProblemException.badField(field + "hostProvinceCode", host == null ? "is not the province of an agency of the network"
                        : "must be the host agency's province, " + host.provinceCode);
            }
            if (host.id.equals(group.agency()) || !parties.contains(host.id)) {
                throw ProblemException.badField(field + "hostProvinceCode", "must be the province of another party of the operation");
            }
            checked.add(group.hostedBy(host.id));
        }
        return checked;
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
