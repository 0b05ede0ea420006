package vnla.cases.release;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vnla.cases.tip.TipProjection;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;

/**
 * Reads projected tips for a caller through the release policy: its own agency's in full, another agency's as released
 * to it, and a withheld placeholder of a tip linked to an operation its agency is party to. Any other tip is 404.
 */
@ApplicationScoped
public class Tips {

    /** A tip and what the caller sees of it. */
    public record Seen(TipProjection tip, ReleasePolicy.Sight sight) {
    }

    private final Caller caller;
    private final ReleasePolicy policy;
    private final InstantSource clock;
    private final EntityManager em;

    public Tips(Caller caller, ReleasePolicy policy, InstantSource clock, EntityManager em) {
        this.caller = caller;
        this.policy = policy;
        this.clock = clock;
        this.em = em;
    }

    public Seen visible(UUID id) {
        TipProjection tip = TipProjection.findById(id);
        if (tip == null) {
            throw ProblemException.notFound("Tip " + id);
        }
        ReleasePolicy.Sight sight = sight(tip);
        if (!sight.seesContent() && !linkedToOwnOperation(id)) {
            throw ProblemException.notFound("Tip " + id);
        }
        return new Seen(tip, sight);
    }

    /** What the caller's agency sees of the tip now. */
    public ReleasePolicy.Sight sight(TipProjection tip) {
        return policy.sight(tip, caller.agency(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    public TipView view(Seen seen) {
        TipProjection tip = seen.tip();
        if (!seen.sight().seesContent()) {
            return TipView.of(tip, seen.sight(), List.of(), List.of(), List.of());
        }
        return TipView.of(tip, seen.sight(), identifiers("select e164 from tip_phone where tip_id = :tip order by e164", tip.id),
                identifiers("select plate from tip_plate where tip_id = :tip order by plate", tip.id),
                identifiers("select id_number from tip_id_number where tip_id = :tip order by id_number", tip.id));
    }

    private boolean linkedToOwnOperation(UUID tipId) {
        return !em.createNativeQuery("""
                select 1 from tip_link l join joint_operation o on o.id = l.operation_id
                where l.tip_id = :tip and (o.lead_agency = :agency or :agency = any(o.partner_agencies)) limit 1""")
                .setParameter("tip", tipId).setParameter("agency", caller.agency()).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> identifiers(String sql, UUID tipId) {
        return em.createNativeQuery(sql, String.class).setParameter("tip", tipId).getResultList();
    }
}
