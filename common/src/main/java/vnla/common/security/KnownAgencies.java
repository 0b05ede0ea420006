package vnla.common.security;

import java.util.Set;

/** The agencies of the network (domain.md): the only values a token's {@code agency} claim may carry. */
public final class KnownAgencies {

    /** How many agencies the network has: the bound of any list that holds each agency at most once. */
    public static final int COUNT = 11;

    public static final Set<String> IDS = Set.of(
            "vn.mps", "vn.hue", "vn.sonla", "vn.quangnam",
            "la.mps", "la.salavan", "la.sekong", "la.champasak", "la.savannakhet", "la.houaphanh", "la.luangprabang");

    private KnownAgencies() {
    }

    public static boolean isKnown(String agency) {
        return agency != null && IDS.contains(agency);
    }
}
