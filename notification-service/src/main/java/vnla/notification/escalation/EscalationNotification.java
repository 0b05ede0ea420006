package vnla.notification.escalation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An on-duty contact of the tier an alert escalated to, as the contact list named them at that moment; when no one could
 * be reached there, a ministry-tier contact of the receiving country.
 */
@Entity
@Table(name = "escalation_notification")
public class EscalationNotification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "escalation_id")
    public UUID escalationId;

    /**
     * The agency whose contact list named them: the alert's recipient, or its country's ministry; null on a row an
     * instance of the previous release wrote during an upgrade, which is the recipient's.
     */
    @Column(name = "agency_id")
    public String agencyId;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_rank")
    public String contactRank;

    public String phone;

    public String email;
}
