package vnla.common.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** COUNT, the documented bound of the agency lists, is the number of agencies the network has. */
class KnownAgenciesTest {

    @Test
    void countIsTheNumberOfKnownAgencies() {
        assertEquals(KnownAgencies.IDS.size(), KnownAgencies.COUNT);
    }
}
