package vnla.cases.tip;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vnla.common.event.TipDismissed;
import vnla.common.event.TipEntities;
import vnla.common.event.TipReceived;
import vnla.common.event.TipTriaged;
import vnla.common.inbox.EventHandler.Outcome;
import vnla.common.trace.TraceContext;

/**
 * Keeps the tip projection in step with hotline-service's events, with the normalised identifiers suggestions join on;
 * tells whoever follows the tips (releases) of each triage and dismissal it applied.
 */
@ApplicationScoped
public class TipProjector {

    private final Identifiers identifiers;
    private final Event<TipTriageApplied> triaged;
    private final Event<TipDismissalApplied> dismissed;
    private final EntityManager em;

    public TipProjector(Identifiers identifiers, Event<TipTriageApplied> triaged, Event<TipDismissalApplied> dismissed, EntityManager em) {
        this.identifiers = identifiers;
        this.triaged = triaged;
        this.dismissed = dismissed;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void received(TipReceived event) {
        TipProjection tip = TipProjection.findById(event.tipId());
        boolean known = tip != null;
        if (!known) {
            tip = new TipProjection();
            tip.id = event.tipId();
            tip.status = TipStatus.RECEIVED;
        }
        tip.reference = event.reference();
        tip.receivingAgency = event.receivingAgency();
        tip.category = event.category();
        tip.occurredAt = event.occurredAt();
        tip.provinceCode = event.location().provinceCode();
        tip.district = event.location().district();
        tip.borderPoint = event.location().borderPoint();
        tip.latitude = event.location().latitude();
        tip.longitude = event.location().longitude();
        tip.description = event.description();
        tip.language = event.language();
        tip.entities = event.entities() == null ? TipEntities.none() : event.entities();
        tip.receivedAt = event.receivedAt();
        tip.traceparent = TraceContext.current();
        tip.projectedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (!known) {
            tip.persist();
        }
        em.flush();
        replaceIdentifiers(tip);
    }

    /** Applies the triage; PREDECESSOR_MISSING, changing nothing, when the tip itself has not arrived yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome triaged(TipTriaged event) {
        TipProjection tip = TipProjection.findById(event.tipId());
        if (tip == null) {
            return Outcome.PREDECESSOR_MISSING;
        }
        tip.category = event.category();
        tip.sourceReliability = event.grading().sourceReliability();
        tip.informationCredibility = event.grading().informationCredibility();
        tip.priority = event.priority();
        tip.tlp = event.handlingCode().tlp();
        tip.releasability = event.handlingCode().releasability();
        tip.crossBorder = event.crossBorder();
        tip.partnerAgencies = new ArrayList<>(event.partnerAgencies() == null ? java.util.List.of() : event.partnerAgencies());
        tip.triagedAt = event.triagedAt();
        if (tip.status != TipStatus.DISMISSED) {
            tip.status = TipStatus.TRIAGED;
        }
        tip.projectedAt = OffsetDateTime.now(ZoneOffset.UTC);
        triaged.fire(new TipTriageApplied(tip));
        return Outcome.APPLIED;
    }

    /** Applies the dismissal; PREDECESSOR_MISSING, changing nothing, when the tip itself has not arrived yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome dismissed(TipDismissed event) {
        TipProjection tip = TipProjection.findById(event.tipId());
        if (tip == null) {
            return Outcome.PREDECESSOR_MISSING;
        }
        tip.status = TipStatus.DISMISSED;
        tip.dismissedAt = event.dismissedAt();
        tip.dismissalReason = event.reason();
        tip.projectedAt = OffsetDateTime.now(ZoneOffset.UTC);
        dismissed.fire(new TipDismissalApplied(tip));
        return Outcome.APPLIED;
    }

    private void replaceIdentifiers(TipProjection tip) {
        for (String table : new String[] { "tip_phone", "tip_plate", "tip_id_number", "tip_person_name" }) {
            em.createNativeQuery("delete from " + table + " where tip_id = :tip").setParameter("tip", tip.id).executeUpdate();
        }
        Map<String, String> phones = new LinkedHashMap<>();
        tip.entities.phoneNumbers().forEach(raw -> identifiers.phone(raw, tip.provinceCode).ifPresent(e164 -> phones.putIfAbsent(e164, raw)));
        phones.forEach((e164, raw) -> insert("insert into tip_phone (tip_id, e164, as_given) values (:tip, :value, :raw)", tip, e164, raw));

        Map<String, String> plates = new LinkedHashMap<>();
        tip.entities.vehicles().forEach(vehicle -> identifiers.code(vehicle.plate()).ifPresent(plate -> plates.putIfAbsent(plate, vehicle.plate())));
        plates.forEach((plate, raw) -> insert("insert into tip_plate (tip_id, plate, as_given) values (:tip, :value, :raw)", tip, plate, raw));

        Map<String, String> idNumbers = new LinkedHashMap<>();
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (TipEntities.Person person : tip.entities.persons()) {
            identifiers.code(person.idNumber()).ifPresent(id -> idNumbers.putIfAbsent(id, person.idNumber()));
            names.putIfAbsent(person.name().strip(), false);
            person.aliases().forEach(alias -> names.putIfAbsent(alias.strip(), true));
        }
        idNumbers.forEach((id, raw) -> insert("insert into tip_id_number (tip_id, id_number, as_given) values (:tip, :value, :raw)", tip, id, raw));
        names.forEach((name, alias) -> em.createNativeQuery("insert into tip_person_name (tip_id, name, alias) values (:tip, :name, :alias)")
                .setParameter("tip", tip.id).setParameter("name", name).setParameter("alias", alias).executeUpdate());
    }

    private void insert(String sql, TipProjection tip, String value, String raw) {
        em.createNativeQuery(sql).setParameter("tip", tip.id).setParameter("value", value).setParameter("raw", raw).executeUpdate();
    }
}
