package vnla.notification.alert;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A recall names the alert it recalls first and then the latest earlier recalls, never more than MAX_EARLIER. */
class AlertReferencesTest {

    private static final AlertReferences ABOUT = new AlertReferences(UUID.randomUUID(), "HUE-2026-000123", null, null, null);

    @Test
    void aShortThreadIsNamedWhole() {
        List<AlertReferences.EarlierAlert> thread = thread(3);

        assertEquals(thread, ABOUT.referring(thread).alerts());
    }

    @Test
    void aLongThreadKeepsTheRecalledAlertAndTheLatestRecalls() {
        List<AlertReferences.EarlierAlert> thread = thread(AlertReferences.MAX_EARLIER + 7);

        List<AlertReferences.EarlierAlert> named = ABOUT.referring(thread).alerts();

        assertEquals(AlertReferences.MAX_EARLIER, named.size());
        assertEquals(thread.get(0), named.get(0));
        assertEquals(thread.subList(thread.size() - AlertReferences.MAX_EARLIER + 1, thread.size()), named.subList(1, named.size()));
    }

    private static List<AlertReferences.EarlierAlert> thread(int alerts) {
        OffsetDateTime first = OffsetDateTime.of(2026, 11, 30, 15, 0, 0, 0, ZoneOffset.UTC);
        return IntStream.range(0, alerts)
                .mapToObj(i -> new AlertReferences.EarlierAlert(UUID.randomUUID(), "vn.hue", first.plusMinutes(i)))
                .toList();
    }
}
