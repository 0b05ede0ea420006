package vnla.hotline.reporter;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.disclosure.DisclosureStatus;

/** What custodians and deciders send, and what they get back, in two-person disclosure. */
public final class DisclosureRequests {

    private DisclosureRequests() {
    }

    @Schema(description = "Why the custodian needs to know who reported the tip")
    public record NewRequest(@NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    @Schema(description = "A second person's decision on a disclosure request")
    public record Decision(@NotNull Boolean approve, @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    @Schema(description = "A disclosure request and its decision; a denial's reason is shown to the requester")
    public record RequestView(UUID id, UUID tipId, String requestedBy, String reason, OffsetDateTime requestedAt,
            DisclosureStatus status, String decidedBy, String decisionReason, OffsetDateTime decidedAt,
            @Schema(description = "End of the window in which an approval may be read, once") OffsetDateTime expiresAt,
            OffsetDateTime readAt) {

        static RequestView of(DisclosureRequest r, OffsetDateTime now) {
            return new RequestView(r.id, r.subjectId, r.requestedBy, r.reason, r.requestedAt, r.statusAt(now), r.decidedBy,
                    r.decisionReason, r.decidedAt, r.expiresAt, r.readAt);
        }
    }

    @Schema(description = "A reporter's identity, read once under an approved request")
    public record Disclosure(UUID requestId, UUID tipId, boolean anonymous, String name, String phone, String email,
            String address, OffsetDateTime disclosedAt) {

        @Override
        public String toString() {
            return "Disclosure[sealed, tip " + tipId + "]";
        }
    }

    @Schema(description = "One audited step: a request, a decision or a read")
    public record AuditView(long position, UUID requestId, String action, String actor, String reason, OffsetDateTime at) {

        static AuditView of(DisclosureAuditEntry e) {
            return new AuditView(e.position, e.requestId, e.action, e.actor, e.reason, e.at);
        }
    }
}
