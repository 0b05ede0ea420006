package vnla.cases.tip;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;

/** Reads projected tips for a caller: its own agency's, and those linked to an operation its agency is party to. */
@ApplicationScoped
public class Tips {

    private final Caller caller;
    private final EntityManager em;

    public Tips(Caller caller, EntityManager em) {
        this.caller = caller;
        this.em = em;
    }

    public TipProjection visible(UUID id) {
        TipProjection tip = TipProjection.findById(id);
        if (tip == null || !tip.receivingAgency.equals(caller.agency()) && !linkedToOwnOperation(id)) {
            throw ProblemException.notFound("Tip " + id);
        }
        return tip;
    }

    public TipView view(TipProjection tip) {
        return TipView.of(tip, identifiers("select e164 from tip_phone where tip_id = :tip order by e164", tip.id),
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
