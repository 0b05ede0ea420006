package vnla.notification.subscription;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.idempotency.Idempotency;
import vnla.common.ratelimit.RateLimited;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** The subscriptions API: a partner agency's liaison officer or admin manages how its own agency receives alerts. */
@Path("/api/v1/subscriptions")
@Tag(name = "Subscriptions")
@RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN })
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final Idempotency idempotency;
    private final Caller caller;

    public SubscriptionResource(SubscriptionService subscriptions, Idempotency idempotency, Caller caller) {
        this.subscriptions = subscriptions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RateLimited("subscription-create")
    @Transactional
    @Operation(summary = "Subscribe the caller's agency to its alerts",
            description = "WEBHOOK: alerts are POSTed to the URL per the Standard Webhooks spec (webhook-id, webhook-timestamp, "
                    + "webhook-signature); the whsec_ secret is generated here and shown only in this answer. KAFKA: alerts are "
                    + "published to alerts.partner.<agency-id>.v1, key = alert id, CloudEvents binary mode, read over the SASL_SSL "
                    + "listener with the SCRAM-SHA-512 user kafkaUsername and the password kafkaPassword shown only in this "
                    + "answer (consumer groups must start with partner.<agency-id>.). The user is created right after the "
                    + "answer: the subscription is PROVISIONING until then, ACTIVE after. Filters narrow what "
                    + "arrives; an empty filter accepts everything.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription, the body shows the secret once")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response create(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid SubscriptionRequests.NewSubscription request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> subscriptions.create(request));
    }

    @GET
    @Operation(summary = "List the agency's subscriptions", description = "Newest first, paginated; deleted ones are not listed. "
            + "Secrets are never shown here.")
    public Page<SubscriptionView> list(
            @QueryParam("channel") SubscriptionChannel channel,
            @QueryParam("status") SubscriptionStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return subscriptions.list(channel, status, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one subscription", description = "404 for another agency's subscription or a deleted one. "
            + "A webhook that answered 410 Gone shows status DISABLED with the reason.")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(subscriptions.find(id));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Delete a subscription", description = "Its pending deliveries are cancelled; the attempts already made "
            + "stay visible on the alerts. A KAFKA subscription's users and their ACLs are removed from the broker right after.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Transactional
    @Operation(summary = "Rotate a webhook's signing secret or a Kafka subscription's credentials",
            description = "A new whsec_ secret is generated and shown only in this answer. For a grace period (default 24 h, "
                    + "until previousSecretValidUntil) every call carries two signatures in webhook-signature, one per secret, "
                    + "so the receiver can switch without losing a delivery. KAFKA: a new user (kafkaUsername) and password "
                    + "(kafkaPassword, shown only in this answer); the previous user keeps working until previousSecretValidUntil "
                    + "(default 24 h), then it and its ACLs are removed.")
    public SubscriptionView rotateSecret(@PathParam("id") UUID id) {
        SubscriptionService.Rotated rotated = subscriptions.rotateSecret(id);
        return SubscriptionView.of(rotated.subscription(), rotated.secret(), rotated.kafkaPassword());
    }
}
