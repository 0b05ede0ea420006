package vnla.notification.agency;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the agencies API shows and accepts. */
public final class AgencyViews {

    /** The most on-duty contacts an agency keeps, over all tiers. */
    public static final int MAX_CONTACTS = 100;

    private AgencyViews() {
    }

    @Schema(description = "A police force that can receive alerts")
    public record AgencyView(
            @Schema(example = "la.salavan") String id,
            String name,
            @Schema(example = "LA") String country,
            @Schema(example = "LA-SL") String provinceCode) {

        static AgencyView of(Agency agency) {
            return new AgencyView(agency.id, agency.name, agency.country, agency.provinceCode);
        }
    }

    @Schema(description = "An officer on duty at one tier of the agency's hotline network")
    public record Contact(
            @NotNull Tier tier,
            @NotBlank @Size(max = 200) @Schema(example = "Phommachanh Vongsa") String name,
            @Size(max = 100) @Schema(example = "Major") String rank,
            @Size(max = 40) @Schema(example = "+856 34 211 000") String phone,
            @Email @Size(max = 200) String email) {

        static Contact of(AgencyContact contact) {
            return new Contact(contact.tier, contact.name, contact.rank, contact.phone, contact.email);
        }
    }

    @Schema(description = "The whole on-duty contact list of an agency; it replaces the previous one")
    public record ContactList(@NotNull @Size(max = MAX_CONTACTS) List<@NotNull @Valid Contact> contacts) {
    }
}
