package vnla.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import vnla.common.problem.ProblemException;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/**
 * Outbox events the relay set aside because the broker refused them for themselves, with their error, and sending
 * one again once its cause is fixed. Maintenance of the whole service: no event's data is shown, so any agency's admin
 * may use it, like the other administration operations.
 */
@Path("/api/v1/admin/set-aside-events")
@Tag(name = "Administration")
public class SetAsideResource {

    private static final Logger LOG = Logger.getLogger(SetAsideResource.class);

    private final Event<Outbox.Appended> appended;

    public SetAsideResource(Event<Outbox.Appended> appended) {
        this.appended = appended;
    }

    /** An outbox event set aside, without its payload. */
    @Schema(description = "An outbox event the broker refused; its payload is not shown")
    public record SetAsideView(
            UUID id,
            @Schema(maxLength = 249, example = "hotline.tips.v1") String topic,
            @Schema(maxLength = 200, description = "The Kafka key") String aggregateId,
            @Schema(maxLength = 200, example = "hotline.tip.received") String type,
            OffsetDateTime occurredAt,
            @Schema(minimum = "0", maximum = "2147483647", description = "Sends the broker refused") int attempts,
            @Schema(maxLength = 1000, example = "org.apache.kafka.common.errors.RecordTooLargeException: The message is 1100123 bytes …")
            String lastError,
            @Schema(description = "Absent once it is pending again") OffsetDateTime setAsideAt) {

        static SetAsideView of(OutboxEvent event) {
            return new SetAsideView(event.id, event.topic, event.aggregateId, event.type, event.occurredAt, event.attempts, event.lastError,
                    event.setAsideAt);
        }
    }

    @GET
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List set-aside outbox events", description = "Role admin. Events the broker refused "
            + "suite.outbox.max-attempts times for themselves (too large, invalid topic), set aside so later events flow; "
            + "counted in the outbox_events_set_aside gauge. Newest first, paginated (size at most " + Page.MAX_SIZE + ").")
    @APIResponse(responseCode = "200", description = "One page of set-aside events")
    public Page<SetAsideView> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        PanacheQuery<OutboxEvent> query = OutboxEvent.find("setAsideAt is not null", Sort.descending("setAsideAt").and("id"));
        return new Page<>(query.page(page, size).list().stream().map(SetAsideView::of).toList(), page, size, query.count());
    }

    @POST
    @Path("/{id}/retry")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send a set-aside event again", description = "Role admin. Once what made the broker refuse it is fixed "
            + "(e.g. the topic's max.message.bytes raised): the event is pending again with its attempts reset, and the relay "
            + "publishes it ahead of newer events. Its aggregate's later events may already have gone out before it.")
    @APIResponse(responseCode = "200", description = "Pending again")
    public SetAsideView retry(@PathParam("id") UUID id) {
        OutboxEvent event = OutboxEvent.findById(id);
        if (event == null || event.setAsideAt == null) {
            throw ProblemException.notFound("Set-aside event " + id);
        }
        event.setAsideAt = null;
        event.attempts = 0;
        appended.fire(new Outbox.Appended(event.id));
        LOG.infof("Set-aside outbox event %s (%s, key %s) is pending again", event.id, event.type, event.aggregateId);
        return SetAsideView.of(event);
    }
}
