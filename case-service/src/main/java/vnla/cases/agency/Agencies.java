package vnla.cases.agency;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

/** Looks up the seeded agencies. */
@ApplicationScoped
public class Agencies {

    public Optional<Agency> find(String id) {
        return id == null ? Optional.empty() : Agency.findByIdOptional(id);
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    public boolean isMinistry(String id) {
        return find(id).map(a -> a.tier == Agency.Tier.MINISTRY).orElse(false);
    }

    /** Whether {@code ministry} is the ministry tier of {@code agency}'s country. */
    public boolean ministryOf(String ministry, String agency) {
        return isMinistry(ministry) && find(agency).map(a -> a.country).equals(find(ministry).map(m -> m.country));
    }

    public List<Agency> all() {
        return Agency.listAll(Sort.by("country").descending().and("tier").and("id"));
    }
}
