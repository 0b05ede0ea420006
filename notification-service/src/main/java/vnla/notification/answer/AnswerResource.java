package vnla.notification.answer;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import vnla.common.event.AlertAnswered;
import vnla.common.idempotency.Idempotency;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;

/** A liaison officer or analyst of the receiving agency answers an alert: what it found, with a note. */
@Path("/api/v1/alerts/{id}/answers")
@Tag(name = "Answers")
public class AnswerResource {

    private final AnswerService answers;
    private final Idempotency idempotency;
    private final Caller caller;

    public AnswerResource(AnswerService answers, Idempotency idempotency, Caller caller) {
        this.answers = answers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ANALYST })
    @Operation(summary = "Answer an alert",
            description = "Feedback on the alert from the receiving agency: CONFIRMED, NOT_FOUND, FALSE or ACTION_TAKEN, with a "
                    + "note in vi, lo or en, carried byte-exact. An alert may be answered more than once (say CONFIRMED, then "
                    + "ACTION_TAKEN). Emits notifications.alert.answered: the sender sees it on its operation's timeline and in "
                    + "the tip's release history in case-service. An answer is not an acknowledgement and does not stop "
                    + "escalation. 404 for another agency's alert, 409 when the alert was recalled or already has "
                    + AlertAnswered.MAX_PER_ALERT + " answers.")
    @APIResponse(responseCode = "201", description = "Answered; Location names the answer")
    @APIResponse(responseCode = "409", description = "The alert was recalled (CANCEL), or has as many answers as it takes")
    public Response answer(@PathParam("id") UUID alertId,
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid AnswerRequest request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request,
                () -> answers.answer(alertId, request));
    }

    @GET
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "List an alert's answers", description = "Oldest first; paginated (size at most " + Page.MAX_SIZE + "). "
            + "404 for another agency's alert.")
    public Page<AnswerView> list(@PathParam("id") UUID alertId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return answers.list(alertId, page, size);
    }

    @GET
    @Path("/{answerId}")
    @RolesAllowed({ Roles.LIAISON_OFFICER, Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Read one answer to an alert", description = "404 for another agency's alert or an answer to another alert.")
    public AnswerView get(@PathParam("id") UUID alertId, @PathParam("answerId") UUID answerId) {
        return answers.one(alertId, answerId);
    }
}
