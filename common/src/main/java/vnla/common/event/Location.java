package vnla.common.event;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where something happened: ISO 3166-2 province, district, border gate or trail, optional coordinates. */
public record Location(
        @NotBlank @Pattern(regexp = "(VN|LA)-[0-9A-Z]{2,3}", message = "must be an ISO 3166-2 code such as VN-26 or LA-SL") String provinceCode,
        @Size(max = 200) String district,
        @Size(max = 200) String borderPoint,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}
