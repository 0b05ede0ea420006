package vnla.hotline.reporter;

import java.util.UUID;

/**
 * What disclosure needs of the tips whose reporters it guards: the tip feature provides it (its {@code TipService}),
 * so the reporter feature depends on no tip code and the dependency runs one way, tip to reporter.
 */
public interface ReportedTips {

    /** Fails with 404 unless the tip exists and belongs to the caller's agency. */
    void requireOwn(UUID tipId);
}
