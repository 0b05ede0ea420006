package vnla.notification.workinggroup;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.notification.agency.Agency;

/**
 * Registers, reads and closes working groups; routes an alert for a host agency's area to the groups stationed there
 * at that moment; and says which group a liaison officer's token speaks for (claim {@value #CLAIM}).
 */
@ApplicationScoped
public class WorkingGroupService {

    /** The token claim naming the working group its liaison officer acts for, beside {@code agency} = its origin agency. */
    public static final String CLAIM = "working_group";

    private final Caller caller;
    private final JsonWebToken token;
    private final WorkingGroupConfig config;
    private final InstantSource clock;
    private final EntityManager em;

    public WorkingGroupService(Caller caller, JsonWebToken token, WorkingGroupConfig config, InstantSource clock, EntityManager em) {
        this.caller = caller;
        this.token = token;
        this.config = config;
        this.clock = clock;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Idempotency.Created create(WorkingGroupViews.NewWorkingGroup request) {
        if (!request.originAgency().equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only an admin of the origin agency registers its working group");
        }
        Agency host = Agency.findById(request.hostAgency());
        if (host == null) {
            throw ProblemException.badField("hostAgency", "is not a known agency");
        }
        if (host.id.equals(request.originAgency())) {
            throw ProblemException.badField("hostAgency", "must be another agency than the origin agency");
        }
        if (host.provinceCode == null) {
            throw ProblemException.badField("hostAgency", "must be a provincial command: a working group is stationed in a province");
        }
        if (!host.provinceCode.equals(request.hostArea())) {
            throw ProblemException.badField("hostArea", "must be the host agency's province code, " + host.provinceCode);
        }
        WorkingGroupViews.Period period = request.period();
        if (period.to().isBefore(period.from())) {
            throw ProblemException.badField("period.to", "must not be before period.from");
        }
        checkRosters(request.members(), period);
        OffsetDateTime now = SystemTime.utcNow(clock);
        WorkingGroup group = new WorkingGroup();
        group.id = UUID.randomUUID();
        group.name = request.name().strip();
        group.originAgency = request.originAgency();
        group.hostAgency = host.id;
        group.hostArea = host.provinceCode;
        group.startsOn = period.from();
        group.endsOn = period.to();
        group.onDutyName = request.onDutyContact().name().strip();
        group.onDutyRank = request.onDutyContact().rank();
        group.onDutyPhone = request.onDutyContact().phone();
        group.onDutyEmail = request.onDutyContact().email();
        group.createdAt = now;
        group.createdBy = caller.subject();
        group.persist();
        int position = 0;
        for (WorkingGroupViews.Member member : request.members()) {
            WorkingGroupMember row = new WorkingGroupMember();
            row.id = UUID.randomUUID();
            row.groupId = group.id;
            row.position = position++;
            row.name = member.name().strip();
            row.rank = member.rank();
            row.phone = member.phone();
            row.email = member.email();
            row.roster = member.roster() == null ? List.of() : List.copyOf(member.roster());
            row.persist();
        }
        em.flush();
        return new Idempotency.Created(URI.create("/api/v1/working-groups/" + group.id), view(group));
    }

    private static void checkRosters(List<WorkingGroupViews.Member> members, WorkingGroupViews.Period period) {
        for (int i = 0; i < members.size(); i++) {
            List<WorkingGroupViews.Shift> roster = members.get(i).roster() == null ? List.of() : members.get(i).roster();
            for (int j = 0; j < roster.size(); j++) {
                WorkingGroupViews.Shift shift = roster.get(j);
                String field = "members[" + i + "].roster[" + j + "]";
                if (shift.to().isBefore(shift.from())) {
                    throw ProblemException.badField(field + ".to", "must not be before from");
                }
                if (shift.from().isBefore(period.from()) || shift.to().isAfter(period.to())) {
                    throw ProblemException.badField(field, "must lie within the group's period");
                }
            }
        }
    }

    /** A group of the caller's agency (its origin or its host); any other is answered as if it did not exist. */
    public WorkingGroup visible(UUID id) {
        WorkingGroup group = WorkingGroup.findById(id);
        String me = caller.agency();
        if (group == null || !(group.originAgency.equals(me) || group.hostAgency.equals(me))) {
            throw ProblemException.notFound("Working group " + id);
        }
        return group;
    }

    public WorkingGroupViews.WorkingGroupView view(WorkingGroup group) {
        return WorkingGroupViews.WorkingGroupView.of(group, WorkingGroupMember.list("groupId", Sort.by("position"), group.id));
    }

    /** The groups the caller's agency sent or hosts, newest first. */
    public vnla.common.web.Page<WorkingGroupViews.WorkingGroupView> list(Boolean open, int page, int size) {
        String query = "(originAgency = ?1 or hostAgency = ?1)"
                + (open == null ? "" : open ? " and closedAt is null" : " and closedAt is not null");
        var found = WorkingGroup.<WorkingGroup>find(query, Sort.descending("createdAt").and("id"), caller.agency())
                .page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list().stream().map(this::view).toList(), page, size, found.count());
    }

    /** Closes the group now: it receives nothing more and can no longer acknowledge. Its origin agency's admin only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WorkingGroup close(UUID id, WorkingGroupViews.Closure closure) {
        WorkingGroup group = visible(id);
        if (!group.originAgency.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "Only an admin of the origin agency closes its working group");
        }
        if (group.closedAt != null) {
            throw ProblemException.conflict("The working group was already closed on " + group.closedAt);
        }
        group.closedAt = SystemTime.utcNow(clock);
        group.closedBy = caller.subject();
        group.closeReason = closure.reason().strip();
        em.flush();
        return group;
    }

    /**
     * The working group the caller's token speaks for, if it names one ({@value #CLAIM}); 403 when that is not a group
     * of the token's agency.
     */
    public Optional<WorkingGroup> callerGroup() {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim.toString().replaceAll("^\"|\"$", "");
        WorkingGroup group = null;
        try {
            group = WorkingGroup.findById(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            // not a UUID: answered below like an unknown group
        }
        if (group == null || !group.originAgency.equals(caller.agency())) {
            throw new ProblemException(403, "Forbidden", "The token's working group is not a working group of " + caller.agency());
        }
        return Optional.of(group);
    }

    /** 403 unless the group is stationed now: a group acts (acknowledges) only within its period and while open. */
    public void requireStationed(WorkingGroup group) {
        Instant now = clock.instant();
        if (group.stationedAt(now, config.zone())) {
            return;
        }
        String detail = group.closedAt != null ? "The working group was closed on " + group.closedAt + "; it can no longer act on alerts"
                : LocalDate.ofInstant(now, config.zone()).isAfter(group.endsOn)
                        ? "The working group's period ended on " + group.endsOn + "; it can no longer act on alerts"
                        : "The working group's period starts on " + group.startsOn + "; it cannot act on alerts before";
        throw new ProblemException(403, "Forbidden", detail);
    }

    /**
     * Records that the groups stationed at {@code at} with the alert's recipient as host and its province as host area
     * received the alert, and returns their ids. Idempotent per group and alert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> receive(UUID alertId, String hostAgency, String provinceCode, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, config.zone());
        List<UUID> groups = WorkingGroup.<WorkingGroup>list(
                "hostAgency = ?1 and hostArea = ?2 and closedAt is null and startsOn <= ?3 and endsOn >= ?3",
                Sort.by("createdAt").and("id"), hostAgency, provinceCode, day).stream().map(g -> g.id).toList();
        for (UUID group : groups) {
            em.createNativeQuery("""
                    insert into working_group_alert (group_id, alert_id, received_at) values (:group, :alert, :at)
                    on conflict do nothing""")
                    .setParameter("group", group)
                    .setParameter("alert", alertId)
                    .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .executeUpdate();
        }
        return groups;
    }

    public static boolean received(UUID groupId, UUID alertId) {
        return WorkingGroupAlert.findById(new WorkingGroupAlert.Key(groupId, alertId)) != null;
    }
}
