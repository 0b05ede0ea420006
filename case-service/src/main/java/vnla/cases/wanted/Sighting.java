package vnla.cases.wanted;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.Location;
import vnla.common.event.Vocabulary;

/** Where and when a wanted person was seen, from a tip the recording agency sees. */
@Entity
@Table(name = "wanted_person_sighting")
public class Sighting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "wanted_person_id")
    public UUID wantedPersonId;

    @Column(name = "tip_id")
    public UUID tipId;

    public String agency;

    @Column(name = "province_code")
    public String provinceCode;

    public String district;

    @Column(name = "border_point")
    public String borderPoint;

    public Double latitude;

    public Double longitude;

    @Column(name = "seen_at")
    public OffsetDateTime seenAt;

    public String note;

    @Enumerated(EnumType.STRING)
    public Vocabulary.Language language;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public Location place() {
        return new Location(provinceCode, district, borderPoint, latitude, longitude);
    }
}
