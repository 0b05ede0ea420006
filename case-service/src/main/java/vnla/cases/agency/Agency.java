package vnla.cases.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A police agency of either country, seeded by migration: ministry or province tier. */
@Entity
public class Agency extends PanacheEntityBase {

    public enum Tier { MINISTRY, PROVINCE }

    @Id
    public String id;

    public String name;

    public String country;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    public Tier tier;
}
