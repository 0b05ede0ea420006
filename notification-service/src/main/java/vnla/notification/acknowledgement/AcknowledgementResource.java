package vnla.notification.acknowledgement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.idempotency.Idempotency;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.notification.alert.AlertService;
import vnla.notification.alert.AlertView;

/** A liaison officer of the receiving agency confirms that a person read an alert. */
@Path("/api/v1/alerts/{id}/acknowledgements")
@Tag(name = "Acknowledgements")
public class AcknowledgementResource {

    private final AcknowledgementService acknowledgements;
    private final AlertService alerts;
    private final Idempotency idempotency;
    private final Caller caller;

    public AcknowledgementResource(AcknowledgementService acknowledgements, AlertService alerts, Idempotency idempotency, Caller caller) {
        this.acknowledgements = acknowledgements;
        this.alerts = alerts;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    @Operation(summary = "Acknowledge an alert",
            description = "A named liaison officer of the receiving agency confirms that a person read the alert (a webhook's "
                    + "2xx is delivery, not acknowledgement). Stops escalation and emits notifications.alert.acknowledged. "
                    + "404 for another agency's alert, 409 when already acknowledged. A working group's liaison officer (token "
                    + "claim working_group) acknowledges an alert its group received, while the group is stationed: after its "
                    + "period or once closed, 403.")
    @APIResponse(responseCode = "201", description = "Acknowledged")
    @APIResponse(responseCode = "403", description = "A working group outside its period, or closed")
    @APIResponse(responseCode = "409", description = "Already acknowledged")
    public Response acknowledge(@PathParam("id") UUID alertId,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AcknowledgementRequest request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request,
                () -> acknowledgements.acknowledge(alertId, request));
    }

    @GET
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ADMIN })
    @Operation(summary = "Read an alert's acknowledgement", description = "404 when the alert is not acknowledged yet or is another agency's.")
    public AlertView.Acknowledgement get(@PathParam("id") UUID alertId) {
        AlertView.Acknowledgement ack = Acknowledgement.viewOf(alerts.findReceived(alertId).id);
        if (ack == null) {
            throw ProblemException.notFound("An acknowledgement of alert " + alertId);
        }
        return ack;
    }
}
