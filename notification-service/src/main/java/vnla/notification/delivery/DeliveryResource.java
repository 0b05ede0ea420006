package vnla.notification.delivery;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Roles;
import vnla.common.web.Page;

/** Delivery attempts of an alert, for support, and replays. The receiving agency only (404 otherwise). */
@Path("/api/v1/alerts/{id}/deliveries")
@Tag(name = "Deliveries")
@RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN })
public class DeliveryResource {

    private final DeliveryService deliveries;

    public DeliveryResource(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "List an alert's deliveries with their latest attempts",
            description = "One delivery per subscription and tier; each attempt with its start and end time, outcome, HTTP status "
                    + "code, latency and error. A delivery is PENDING (next attempt at nextAttemptAt), IN_FLIGHT, DELIVERED, "
                    + "EXHAUSTED (every attempt failed) or CANCELLED (410 Gone, or the subscription was deleted). Each shows "
                    + "its latest " + DeliveryView.ATTEMPTS_SHOWN + " attempts; oldest delivery first, paginated (size at most "
                    + Page.MAX_SIZE + ").")
    public Page<DeliveryView> list(@PathParam("id") UUID alertId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return deliveries.list(alertId, page, size);
    }

    @GET
    @Path("/{deliveryId}/attempts")
    @Operation(summary = "List every attempt of a delivery",
            description = "Oldest first, replays included: start and end time, outcome, HTTP status code, latency and error. "
                    + "Paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<DeliveryView.AttemptView> attempts(@PathParam("id") UUID alertId, @PathParam("deliveryId") UUID deliveryId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return deliveries.attempts(alertId, deliveryId, page, size);
    }

    @POST
    @Path("/{deliveryId}/retry")
    @Transactional
    @Operation(summary = "Replay a delivery",
            description = "Sends the same body with the same webhook-id again (the receiver can deduplicate), with a fresh budget "
                    + "of attempts; a Kafka delivery is published again. 409 while it is pending or in flight, or when its "
                    + "subscription is disabled or deleted.")
    @APIResponse(responseCode = "202", description = "Scheduled; the delivery as it is now")
    public Response retry(@PathParam("id") UUID alertId, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(deliveries.replay(alertId, deliveryId)).build();
    }
}
