package vnla.notification.subscription;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vnla.common.event.Vocabulary;

/** What a partner sends to subscribe. */
public final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    @Schema(description = "A subscription of the caller's agency: WEBHOOK with its URL, or KAFKA (the topic is the agency's own)")
    public record NewSubscription(
            @NotNull SubscriptionChannel channel,
            @Size(max = 2000) @Schema(description = "WEBHOOK only: an https URL whose host resolves to public addresses only (no loopback, private, link-local or metadata addresses, no user info); http only for hosts the operator allow-listed", example = "https://hotline.salavan.la/alerts") String url,
            @Valid Filters filters,
            @Size(max = 500) String description) {

        public Filters filtersOrNone() {
            return filters == null ? Filters.NONE : filters;
        }
    }

    @Schema(description = "Which alerts the subscription receives; an empty or missing list accepts every value")
    public record Filters(
            @Size(max = 20) List<Vocabulary.@NotNull Category> categories,
            @Size(max = 10) List<Vocabulary.@NotNull Priority> priorities,
            @Size(max = 50) @Schema(description = "ISO 3166-2 province codes of the alert's area", example = "[\"LA-SL\"]")
            List<@NotNull @Pattern(regexp = "(VN|LA)-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2 code such as LA-SL") String> areas,
            @Size(max = 10) @Schema(description = "Message statuses accepted, e.g. only ACTUAL to refuse exercises and tests")
            List<Vocabulary.@NotNull MessageStatus> statuses) {

        static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of());

        static List<String> names(List<? extends Enum<?>> values) {
            return values == null ? List.of() : values.stream().map(Enum::name).distinct().toList();
        }
    }
}
