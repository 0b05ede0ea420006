package vnla.hotline.reporter;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import vnla.common.crypto.Encryption;
import vnla.common.disclosure.IdentityVault;

/** Seals and opens reporter identities: JSON encrypted with the tip id as associated data ({@code reporter:<tip id>}). */
@Singleton
public class ReporterVault extends IdentityVault<ReporterIdentity> {

    private static final ReporterIdentity ANONYMOUS = new ReporterIdentity(null, null, null, null);

    public ReporterVault(Encryption encryption, ObjectMapper mapper) {
        super(encryption, mapper, "reporter", ReporterIdentity.class);
    }

    /** The reporter's identity; an anonymous reporter's has no details. */
    public ReporterIdentity open(Reporter reporter) {
        ReporterIdentity identity = open(reporter.tipId, reporter.identity);
        return identity == null ? ANONYMOUS : identity;
    }
}
