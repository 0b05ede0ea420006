package vnla.notification.acknowledgement;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.notification.alert.AlertView;

/** A named liaison officer of the receiving force confirmed that a person read the alert; at most one per alert. */
@Entity
public class Acknowledgement extends PanacheEntityBase {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Column(name = "officer_name")
    public String officerName;

    @Column(name = "officer_rank")
    public String officerRank;

    /** The token's subject: who was signed in. */
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    /** The working group whose liaison officer acknowledged; null when the recipient agency did. */
    @Column(name = "working_group_id")
    public UUID workingGroupId;

    public AlertView.Acknowledgement view() {
        return new AlertView.Acknowledgement(officerName, officerRank, acknowledgedBy, acknowledgedAt, workingGroupId);
    }

    public static AlertView.Acknowledgement viewOf(UUID alertId) {
        Acknowledgement found = findById(alertId);
        return found == null ? null : found.view();
    }
}
