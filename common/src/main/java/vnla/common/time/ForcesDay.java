package vnla.common.time;

import java.time.Clock;
import java.time.InstantSource;
import java.time.ZoneId;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock Hibernate Validator checks temporal constraints against ({@code @PastOrPresent} on a calendar date such as a
 * result's date or a victim's return): the suite's clock (tests move it) in the forces' own zone, Indochina Time, which
 * Vietnam and Laos both keep, not the server's (UTC). Without it a seizure recorded at 00:30 in Huế, dated today, would
 * be refused as a day in the future until 07:00.
 */
@Singleton
public class ForcesDay implements ClockProvider {

    private final Clock clock;

    public ForcesDay(InstantSource clock, @ConfigProperty(name = "suite.time-zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.clock = clock.withZone(zone);
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
