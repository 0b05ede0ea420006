package vnla.cases.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

import vnla.common.event.Vocabulary;

/** case-service settings: the local time zone of calendar dates, phone regions, suggestion weights, alert priorities. */
@ConfigMapping(prefix = "suite.cases")
public interface CasesConfig {

    /** Zone in which operation periods and agreement dates start and end. */
    ZoneId zone();

    /** ISO 3166-1 regions tried in order for a phone number written without a country code. */
    List<String> phoneRegions();

    Suggestions suggestions();

    /** Priorities of a cross-border triage that ask for an alert to partner forces at once. */
    Set<Vocabulary.Priority> alertPriorities();

    /** How much each reason adds to a suggestion's score, and the score from which a tip is suggested. */
    interface Suggestions {
        int minimumScore();

        int sharedPhone();

        int sharedIdNumber();

        int sharedPlate();

        int sharedName();

        int sameArea();

        int sameCategory();

        int withinPeriod();
    }
}
