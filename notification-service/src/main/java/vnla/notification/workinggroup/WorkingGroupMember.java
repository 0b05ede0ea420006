package vnla.notification.workinggroup;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An officer of a working group, with the stretches of days they are on duty; kept like an agency's on-duty contacts. */
@Entity
@Table(name = "working_group_member")
public class WorkingGroupMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    /** Order within the group's list, as the admin sent it. */
    public int position;

    public String name;

    public String rank;

    public String phone;

    public String email;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<WorkingGroupViews.Shift> roster;
}
