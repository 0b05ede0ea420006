package vnla.notification.alert;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import vnla.common.event.AlertRequested;
import vnla.common.event.Vocabulary;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.time.SystemTime;
import vnla.common.trace.TraceContext;
import vnla.notification.agency.Agency;
import vnla.notification.agency.Tier;
import vnla.notification.workinggroup.WorkingGroup;
import vnla.notification.workinggroup.WorkingGroupService;

/**
 * Builds one alert per recipient agency of an alert request and sends it; reads alerts for their recipient only, and for
 * the working groups that received them.
 */
@ApplicationScoped
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class);

    private final Caller caller;
    private final AlertTexts texts;
    private final AcknowledgementDeadlines deadlines;
    private final Event<AlertIssued> issued;
    private final InstantSource clock;
    private final WorkingGroupService groups;

    public AlertService(Caller caller, AlertTexts texts, AcknowledgementDeadlines deadlines, Event<AlertIssued> issued,
            InstantSource clock, WorkingGroupService groups) {
        this.groups = groups;
        this.caller = caller;
        this.texts = texts;
        this.deadlines = deadlines;
        this.issued = issued;
        this.clock = clock;
    }

    /** Filters of the alert list; null means any. */
    public record Filter(UUID requestId, Vocabulary.MessageStatus status, Vocabulary.Priority priority, Boolean acknowledged) {
    }

    /**
     * The alerts of a request, one per known recipient agency, each sent to the lowest tier. Idempotent per request and
     * recipient. Nothing at all for a request marked NATIONAL_ONLY or TLP RED, whatever else it says.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Alert> issue(AlertRequested request) {
        if (request.handlingCode() == null || !request.handlingCode().mayLeaveOriginatingForce()) {
            LOG.warnf("Alert request %s is marked %s and must not leave its force: nothing is sent", request.requestId(),
                    request.handlingCode());
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        for (String recipient : request.recipientAgencies().stream().distinct().toList()) {
            if (recipient.equals(request.senderAgency()) || Agency.findById(recipient) == null) {
                LOG.warnf("Alert request %s names %s, which is not a partner agency: skipped", request.requestId(), recipient);
                continue;
            }
            if (Alert.count("requestId = ?1 and recipientAgency = ?2 and withdrawalId is null", request.requestId(), recipient) > 0) {
                continue;
            }
            Alert alert = newAlert(request, recipient);
            alert.persist();
            issued.fire(new AlertIssued(alert));
            alerts.add(alert);
        }
        return alerts;
    }

    private Alert newAlert(AlertRequested request, String recipient) {
        OffsetDateTime now = SystemTime.utcNow(clock);
        Alert alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.requestId = request.requestId();
        alert.senderAgency = request.senderAgency();
        alert.recipientAgency = recipient;
        alert.sent = now;
        alert.status = request.status();
        alert.messageType = request.messageType();
        alert.scope = Alert.SCOPE;
        alert.priority = request.priority();
        alert.tlp = request.handlingCode().tlp();
        alert.releasability = request.handlingCode().releasability();
        alert.category = request.category();
        alert.references = AlertReferences.of(request.references());
        alert.area = request.area();
        alert.description = request.description();
        alert.language = request.language();
        alert.tier = Tier.BORDER_POST;
        alert.ackDeadline = now.plus(deadlines.deadline(alert.priority));
        alert.info = texts.render(alert);
        alert.traceparent = TraceContext.current();
        return alert;
    }

    /**
     * The caller's agency's alert; any other is answered as if it did not exist, and so is every alert to a working
     * group's liaison officer (its deliveries, escalations and answers are the recipient agency's).
     */
    public Alert find(UUID id) {
        Alert alert = Alert.findById(id);
        if (alert == null || !alert.recipientAgency.equals(caller.agency()) || groups.callerGroup().isPresent()) {
            throw ProblemException.notFound("Alert " + id);
        }
        return alert;
    }

    /** The caller's alert to read or acknowledge: its agency's, or for a working group's liaison officer one its group received. */
    public Alert findReceived(UUID id) {
        Optional<WorkingGroup> group = groups.callerGroup();
        if (group.isEmpty()) {
            return find(id);
        }
        Alert alert = Alert.findById(id);
        if (alert == null || !WorkingGroupService.received(group.get().id, alert.id)) {
            throw ProblemException.notFound("Alert " + id);
        }
        return alert;
    }

    public vnla.common.web.Page<Alert> list(Filter filter, int page, int size) {
        Optional<WorkingGroup> group = groups.callerGroup();
        StringBuilder query = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (group.isPresent()) {
            query.append("id in (select r.key.alertId from WorkingGroupAlert r where r.key.groupId = :group)");
            params.put("group", group.get().id);
        } else {
            query.append("recipientAgency = :agency");
            params.put("agency", caller.agency());
        }
        if (filter.requestId() != null) {
            query.append(" and requestId = :requestId");
            params.put("requestId", filter.requestId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.priority() != null) {
            query.append(" and priority = :priority");
            params.put("priority", filter.priority());
        }
        if (filter.acknowledged() != null) {
            query.append(filter.acknowledged() ? " and acknowledgedAt is not null" : " and acknowledgedAt is null");
        }
        var found = Alert.<Alert>find(query.toString(), Sort.descending("sent").and("id"), params).page(Page.of(page, size));
        return new vnla.common.web.Page<>(found.list(), page, size, found.count());
    }
}
