package vnla.notification.workinggroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Officers of one force stationed in a partner's province for a period (tổ công tác thường trực): during it they receive
 * the alerts for the host agency's area and may acknowledge them; before and after it, and once closed, nothing.
 */
@Entity
@Table(name = "working_group")
public class WorkingGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    /** The force the officers belong to, e.g. {@code vn.hue}; its admin registers and closes the group. */
    @Column(name = "origin_agency")
    public String originAgency;

    /** The partner force hosting them, e.g. {@code la.salavan}: the recipient of the alerts the group also receives. */
    @Column(name = "host_agency")
    public String hostAgency;

    /** The host's province code, e.g. {@code LA-SL}: the area of the alerts the group receives. */
    @Column(name = "host_area")
    public String hostArea;

    /** First day of the period, inclusive, in the zone of {@link WorkingGroupConfig#zone()}. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    /** Last day of the period, inclusive. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "on_duty_name")
    public String onDutyName;

    @Column(name = "on_duty_rank")
    public String onDutyRank;

    @Column(name = "on_duty_phone")
    public String onDutyPhone;

    @Column(name = "on_duty_email")
    public String onDutyEmail;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "close_reason")
    public String closeReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    /** Whether the group is stationed at {@code at}: within its period (days in {@code zone}) and not closed. */
    public boolean stationedAt(Instant at, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return closedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
