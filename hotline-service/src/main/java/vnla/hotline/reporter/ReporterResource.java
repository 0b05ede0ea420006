package vnla.hotline.reporter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vnla.common.security.Caller;
import vnla.common.security.Roles;
import vnla.hotline.tip.TipService;

/** The only door to a reporter's identity: a custodian of the receiving agency states why, and the read is audited. */
@Path("/api/v1/tips/{id}/reporter-disclosures")
@Tag(name = "Reporter identity", description = "Custodians only; every read is audited")
@RolesAllowed(Roles.CUSTODIAN)
public class ReporterResource {

    private final TipService tips;
    private final Caller caller;

    public ReporterResource(TipService tips, Caller caller) {
        this.tips = tips;
        this.caller = caller;
    }

    public record DisclosureRequest(@NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    public record Disclosure(UUID disclosureId, UUID tipId, boolean anonymous, String name, String phone, String email,
            String address, OffsetDateTime disclosedAt) {

        @Override
        public String toString() {
            return "Disclosure[sealed, tip " + tipId + "]";
        }
    }

    public record DisclosureAudit(UUID disclosureId, String custodian, String reason, OffsetDateTime disclosedAt) {
    }

    @POST
    @Transactional
    @Operation(summary = "Read who reported a tip", description = "Returns the reporter's identity and writes an audit record "
            + "(who, when, which tip, why). 404 for a tip of another agency.")
    public Disclosure disclose(@PathParam("id") UUID tipId, @NotNull @Valid DisclosureRequest request) {
        tips.find(tipId);
        Reporter reporter = Reporter.findById(tipId);
        ReporterDisclosure audit = new ReporterDisclosure();
        audit.id = UUID.randomUUID();
        audit.tipId = tipId;
        audit.custodian = caller.subject();
        audit.agency = caller.agency();
        audit.reason = request.reason();
        audit.disclosedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        audit.persist();
        return new Disclosure(audit.id, tipId, reporter.anonymous, reporter.name, reporter.phone, reporter.email,
                reporter.address, audit.disclosedAt);
    }

    @GET
    @Operation(summary = "Who read a tip's reporter identity, when and why")
    public List<DisclosureAudit> audit(@PathParam("id") UUID tipId) {
        tips.find(tipId);
        return ReporterDisclosure.<ReporterDisclosure>list("tipId = ?1 order by disclosedAt", tipId).stream()
                .map(d -> new DisclosureAudit(d.id, d.custodian, d.reason, d.disclosedAt))
                .toList();
    }
}
