package vnla.cases.release;

import java.util.List;
import java.util.UUID;

/**
 * What releases need of the links between tips and operations: the link feature provides it (its {@code LinkService}),
 * so the release feature depends on no link code.
 */
public interface TipLinks {

    /** The operations the tip is linked to. */
    List<UUID> operationsOf(UUID tipId);

    boolean isLinked(UUID operationId, UUID tipId);
}
