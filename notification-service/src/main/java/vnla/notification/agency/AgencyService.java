package vnla.notification.agency;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vnla.common.problem.ProblemException;
import vnla.common.security.Caller;
import vnla.common.web.Versions;

/** Reads agencies and keeps each agency's on-duty contacts; only the agency itself may see or change its contacts. */
@ApplicationScoped
public class AgencyService {

    private final Caller caller;
    private final EntityManager em;

    public AgencyService(Caller caller, EntityManager em) {
        this.caller = caller;
        this.em = em;
    }

    public List<Agency> all() {
        return Agency.listAll(Sort.by("id"));
    }

    /** The caller's own agency; any other is answered as if it did not exist. */
    public Agency own(String id) {
        Agency agency = Agency.findById(id);
        if (agency == null || !agency.id.equals(caller.agency())) {
            throw ProblemException.notFound("Agency " + id);
        }
        return agency;
    }

    public List<AgencyContact> contacts(String agencyId) {
        return AgencyContact.list("agencyId", Sort.by("position"), agencyId);
    }

    /** The contacts on duty at one tier, in list order. */
    public static List<AgencyContact> onDuty(String agencyId, Tier tier) {
        return AgencyContact.list("agencyId = ?1 and tier = ?2", Sort.by("position"), agencyId, tier);
    }

    /** The MINISTRY contacts of the ministry of the agency's country (the agency's own when it is the ministry). */
    public static List<AgencyContact> ministryOnDuty(String agencyId) {
        Agency agency = Agency.findById(agencyId);
        Agency ministry = Agency.<Agency>find("country = ?1 and provinceCode is null", agency.country).firstResult();
        return ministry == null ? List.of() : onDuty(ministry.id, Tier.MINISTRY);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Agency replaceContacts(String id, String ifMatch, AgencyViews.ContactList request) {
        Agency agency = own(id);
        Versions.requireMatch(ifMatch, agency.contactsVersion);
        // bumps the list's version now, so a concurrent replacement waits and then fails as stale
        em.lock(agency, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        AgencyContact.delete("agencyId", agency.id);
        int position = 0;
        for (AgencyViews.Contact contact : request.contacts()) {
            AgencyContact row = new AgencyContact();
            row.id = UUID.randomUUID();
            row.agencyId = agency.id;
            row.tier = contact.tier();
            row.name = contact.name();
            row.rank = contact.rank();
            row.phone = contact.phone();
            row.email = contact.email();
            row.position = position++;
            row.persist();
        }
        em.flush();
        return agency;
    }
}
