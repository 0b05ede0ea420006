package vnla.hotline.tip;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.event.Vocabulary;
import vnla.common.idempotency.Idempotency;
import vnla.common.ratelimit.RateLimited;
import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.common.web.Page;
import vnla.common.web.Versions;

/** The tips API: duty officers record tips, analysts triage or dismiss them; a caller sees only its own agency's tips. */
@Path("/api/v1/tips")
@Tag(name = "Tips")
public class TipResource {

    private final TipService tips;
    private final Idempotency idempotency;
    private final Caller caller;

    public TipResource(TipService tips, Idempotency idempotency, Caller caller) {
        this.tips = tips;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RateLimited("tip-intake")
    @Transactional
    @RolesAllowed({ Roles.DUTY_OFFICER, Roles.ANALYST })
    @Operation(summary = "Record an incoming tip", description = "The receiving agency is the caller's. An anonymous reporter "
            + "gets a receipt code, shown only in this answer. The tip is accepted even while Kafka is down; its "
            + "hotline.tip.received event follows through the outbox.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new tip")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response record(
            @Parameter(description = "Retrying with the same key and body returns the first answer") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "Vietnamese tip, anonymous caller", value = TipExamples.VIETNAMESE),
                    @ExampleObject(name = "Lao tip, identified reporter", value = TipExamples.LAO) }))
            @NotNull @Valid TipRequests.NewTip request) {
        return idempotency.create(caller.agency() + "/" + caller.subject(), idempotencyKey, request, () -> tips.record(request));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DUTY_OFFICER, Roles.ANALYST, Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "Read one tip", description = "404 for a tip of another agency. The ETag is the tip's version, for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        Tip tip = tips.find(id);
        return Response.ok(TipView.of(tip)).tag(Versions.etag(tip.version)).build();
    }

    @GET
    @RolesAllowed({ Roles.DUTY_OFFICER, Roles.ANALYST, Roles.CUSTODIAN, Roles.ADMIN })
    @Operation(summary = "List the agency's tips", description = "Newest first, filtered and paginated (size at most " + Page.MAX_SIZE + ").")
    public Page<TipView> list(
            @QueryParam("status") TipStatus status,
            @QueryParam("category") Vocabulary.Category category,
            @QueryParam("province") @Pattern(regexp = "(VN|LA)-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2 code such as VN-26") String province,
            @Parameter(description = "RFC 3339, inclusive") @QueryParam("receivedFrom") OffsetDateTime receivedFrom,
            @Parameter(description = "RFC 3339, exclusive") @QueryParam("receivedTo") OffsetDateTime receivedTo,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(100) int size) {
        return tips.list(new TipService.Filter(status, category, province, receivedFrom, receivedTo), page, size);
    }

    @POST
    @Path("/receipt-lookups")
    @RateLimited("receipt-lookup")
    @RolesAllowed({ Roles.DUTY_OFFICER, Roles.ANALYST })
    @Operation(summary = "Find a tip by the receipt code an anonymous reporter quotes when calling back")
    public TipView lookUpReceipt(@NotNull @Valid TipRequests.ReceiptLookup request) {
        return TipView.of(tips.findByReceiptCode(request.receiptCode()));
    }

    @POST
    @Path("/{id}/triage")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Grade and prioritise a tip", description = "Requires If-Match with the tip's ETag (412 when stale, "
            + "428 when missing). RECEIVED or TRIAGED tips only (409 otherwise). Emits hotline.tip.triaged.")
    public Response triage(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TipRequests.Triage request) {
        Tip tip = tips.triage(id, ifMatch, request);
        return Response.ok(TipView.of(tip)).tag(Versions.etag(tip.version)).build();
    }

    @POST
    @Path("/{id}/dismissal")
    @Transactional
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "Dismiss a tip", description = "Requires If-Match. RECEIVED or TRIAGED tips only. Emits hotline.tip.dismissed.")
    public Response dismiss(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TipRequests.Dismissal request) {
        Tip tip = tips.dismiss(id, ifMatch, request);
        return Response.ok(TipView.of(tip)).tag(Versions.etag(tip.version)).build();
    }
}
