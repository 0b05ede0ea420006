package vnla.cases.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency as the API shows it. */
public record AgencyView(
        @Schema(example = "vn.hue") String id,
        @Schema(example = "Công an TP Huế") String name,
        @Schema(example = "VN") String country,
        @Schema(example = "VN-26") String provinceCode,
        Agency.Tier tier) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.id, agency.name, agency.country, agency.provinceCode, agency.tier);
    }
}
