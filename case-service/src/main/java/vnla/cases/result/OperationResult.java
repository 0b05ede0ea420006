package vnla.cases.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vnla.common.event.Vocabulary;

/** Seizures and arrests recorded on a joint operation for one day and place. */
@Entity
@Table(name = "operation_result")
public class OperationResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "province_code")
    public String provinceCode;

    public String district;

    @Column(name = "border_point")
    public String borderPoint;

    public Double latitude;

    public Double longitude;

    @Column(name = "cases_opened")
    public int casesOpened;

    @Column(name = "suspects_arrested")
    public int suspectsArrested;

    /** Weapons seized, in pieces. */
    public int weapons;

    /** Ammunition seized, in rounds. */
    public int rounds;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_drug_seizure", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "position")
    public List<DrugSeizure> drugs = new ArrayList<>();

    /** A quantity of one drug. */
    @Embeddable
    public static class DrugSeizure {

        @Enumerated(EnumType.STRING)
        @Column(name = "drug_type")
        public DrugType drugType;

        public BigDecimal quantity;

        @Enumerated(EnumType.STRING)
        public Vocabulary.QuantityUnit unit;

        public DrugSeizure() {
        }

        public DrugSeizure(DrugType drugType, BigDecimal quantity, Vocabulary.QuantityUnit unit) {
            this.drugType = drugType;
            this.quantity = quantity;
            this.unit = unit;
        }
    }
}
