package vnla.notification.workinggroup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the working-groups API accepts and shows. */
public final class WorkingGroupViews {

    public static final String AGENCY_ID = "(vn|la)\\.[a-z]+";
    public static final String AGENCY_ID_MESSAGE = "must be an agency id such as vn.hue or la.salavan";
    public static final String PROVINCE_CODE = "(VN|LA)-[0-9A-Z]{2,3}";
    public static final String PROVINCE_CODE_MESSAGE = "must be an ISO 3166-2 code such as LA-SL";
    public static final int MAX_MEMBERS = 100;
    public static final int MAX_SHIFTS = 100;

    private WorkingGroupViews() {
    }

    public enum Status { OPEN, CLOSED }

    @Schema(description = "A working group of the caller's agency stationed in a partner's province for a period")
    public record NewWorkingGroup(
            @NotBlank @Size(max = 200) @Schema(example = "Tổ công tác thường trực Công an TP Huế tại Salavan") String name,
            @NotNull @Pattern(regexp = AGENCY_ID, message = AGENCY_ID_MESSAGE)
            @Schema(description = "The caller's own agency, the force the officers belong to", example = "vn.hue") String originAgency,
            @NotNull @Pattern(regexp = AGENCY_ID, message = AGENCY_ID_MESSAGE)
            @Schema(description = "The provincial command hosting the group", example = "la.salavan") String hostAgency,
            @NotNull @Pattern(regexp = PROVINCE_CODE, message = PROVINCE_CODE_MESSAGE)
            @Schema(description = "The host agency's province code: the area of the alerts the group receives", example = "LA-SL") String hostArea,
            @NotNull @Valid Period period,
            @NotNull @Size(min = 1, max = MAX_MEMBERS) List<@NotNull @Valid Member> members,
            @NotNull @Valid Contact onDutyContact) {
    }

    @Schema(description = "Calendar days in Indochina Time (UTC+07:00, both countries' local time), both inclusive: the group "
            + "receives alerts from the first day's 00:00 to the last day's 24:00")
    public record Period(@NotNull @Schema(example = "2025-11-29") LocalDate from, @NotNull @Schema(example = "2025-12-29") LocalDate to) {
    }

    @Schema(description = "An officer of the group, with the stretches of days on duty")
    public record Member(
            @NotBlank @Size(max = 200) @Schema(example = "Nguyễn Văn Đức") String name,
            @Size(max = 100) @Schema(example = "Thiếu tá") String rank,
            @Size(max = 40) @Schema(example = "+84 234 382 2000") String phone,
            @Email @Size(max = 200) String email,
            @Size(max = MAX_SHIFTS) @Schema(description = "Days on duty, each stretch within the group's period") List<@NotNull @Valid Shift> roster) {

        static Member of(WorkingGroupMember member) {
            return new Member(member.name, member.rank, member.phone, member.email, member.roster);
        }
    }

    @Schema(description = "Days on duty, both inclusive")
    public record Shift(@NotNull @Schema(example = "2025-11-29") LocalDate from, @NotNull @Schema(example = "2025-12-05") LocalDate to) {
    }

    @Schema(description = "Whom the host and the sender call for the group, round the clock")
    public record Contact(
            @NotBlank @Size(max = 200) @Schema(example = "Trần Minh Quân") String name,
            @Size(max = 100) @Schema(example = "Trung tá") String rank,
            @Size(max = 40) @Schema(example = "+856 20 5555 0101") String phone,
            @Email @Size(max = 200) String email) {
    }

    @Schema(description = "Why the group is closed; it then receives nothing more, whatever its period says")
    public record Closure(@NotBlank @Size(max = 2000) @Schema(example = "Tổ công tác hoàn thành nhiệm vụ, rút về nước") String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A working group: who, where, when, and whether it still receives alerts")
    public record WorkingGroupView(
            UUID id,
            String name,
            @Schema(example = "vn.hue") String originAgency,
            @Schema(example = "la.salavan") String hostAgency,
            @Schema(example = "LA-SL") String hostArea,
            Period period,
            @Schema(maxItems = MAX_MEMBERS) List<Member> members,
            Contact onDutyContact,
            @Schema(description = "CLOSED once an admin of the origin agency closed it; OPEN otherwise (its period decides when it receives)")
            Status status,
            OffsetDateTime closedAt,
            String closedBy,
            String closeReason,
            OffsetDateTime createdAt,
            String createdBy,
            long version) {

        static WorkingGroupView of(WorkingGroup g, List<WorkingGroupMember> members) {
            return new WorkingGroupView(g.id, g.name, g.originAgency, g.hostAgency, g.hostArea, new Period(g.startsOn, g.endsOn),
                    members.stream().map(Member::of).toList(), new Contact(g.onDutyName, g.onDutyRank, g.onDutyPhone, g.onDutyEmail),
                    g.closedAt == null ? Status.OPEN : Status.CLOSED, g.closedAt, g.closedBy, g.closeReason, g.createdAt, g.createdBy,
                    g.version);
        }
    }
}
