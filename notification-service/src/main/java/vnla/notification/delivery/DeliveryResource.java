package vnla.notification.delivery;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Roles;

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
    @Operation(summary = "List an alert's deliveries with every attempt",
            description = "One delivery per subscription and tier; each attempt with its start and end time, outcome, HTTP status "
                    + "code, latency and error. A delivery is PENDING (next attempt at nextAttemptAt), IN_FLIGHT, DELIVERED, "
                    + "EXHAUSTED (every attempt failed) or CANCELLED (410 Gone, or the subscription was deleted).")
    public List<DeliveryView> list(@PathParam("id") UUID alertId) {
        return deliveries.list(alertId);
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
