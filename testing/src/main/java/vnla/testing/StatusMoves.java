package vnla.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** Checks a status enum's moves against the whole table of allowed ones: every pair not in the table is refused. */
public final class StatusMoves {

    private StatusMoves() {
    }

    public static <S extends Enum<S>> void assertAllowedExactly(Class<S> statuses, Map<S, Set<S>> allowed, BiPredicate<S, S> canMove) {
        assertEquals(EnumSet.allOf(statuses), EnumSet.copyOf(allowed.keySet()), "the table names every status");
        for (S from : statuses.getEnumConstants()) {
            for (S to : statuses.getEnumConstants()) {
                assertEquals(allowed.get(from).contains(to), canMove.test(from, to), from + " → " + to);
            }
        }
    }
}
