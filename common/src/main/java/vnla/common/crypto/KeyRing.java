package vnla.common.crypto;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;

/**
 * The service's current keysets, loaded at start-up from {@link CryptoConfig}; a service without one refuses to start,
 * except in dev and test where an ephemeral keyset is generated in memory. A keyset file is read again on
 * {@link #reload()}, so a rotated file takes effect without a restart.
 */
@Startup
@ApplicationScoped
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class);

    /** One consistent view of both keysets and their primitives. */
    record Keys(KeysetHandle aeadKeyset, Aead aead, KeysetHandle prfKeyset, PrfSet prf) {
    }

    private final CryptoConfig config;
    private volatile Keys keys;

    public KeyRing(CryptoConfig config) {
        this.config = config;
    }

    @PostConstruct
    void load() {
        keys = read(true);
    }

    /** Reads the configured keysets again (a file may have been rotated); inline or ephemeral keysets stay as they are. */
    public synchronized void reload() {
        keys = read(false);
    }

    Keys keys() {
        return keys;
    }

    /** The id of the AEAD key that encrypts now (unsigned 32-bit, as Tink prints it). */
    public long primaryKeyId() {
        return Integer.toUnsignedLong(keys.aeadKeyset().getPrimary().getId());
    }

    private Keys read(boolean firstTime) {
        KeysetHandle aead = keyset("keyset", config.keyset(), config.keysetFile(), Keysets.AEAD_TEMPLATE, firstTime);
        KeysetHandle prf = keyset("mac-keyset", config.macKeyset(), config.macKeysetFile(), Keysets.PRF_TEMPLATE, firstTime);
        try {
            return new Keys(aead, aead.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    prf, prf.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("suite.crypto: the keysets are not an " + Keysets.AEAD_TEMPLATE + " and a "
                    + Keysets.PRF_TEMPLATE + " keyset: " + e.getMessage(), e);
        }
    }

    private KeysetHandle keyset(String name, Optional<String> inline, Optional<Path> file, String template, boolean firstTime) {
        if (inline.isPresent() && !inline.get().isBlank()) {
            return firstTime || keys == null ? Keysets.parse(inline.get(), config.kmsUri()) : current(template);
        }
        if (file.isPresent()) {
            return Keysets.parse(Keysets.read(file.get()), config.kmsUri());
        }
        if (!firstTime) {
            return current(template);
        }
        if (LaunchMode.current().isDevOrTest()) {
            LOG.warnf("suite.crypto.%s is not configured: using an ephemeral %s keyset generated in memory (%s mode only); "
                    + "what it encrypts cannot be read after a restart", name, template, LaunchMode.current().getDefaultProfile());
            return Keysets.generate(template);
        }
        throw new IllegalStateException("No " + template + " keyset configured: set suite." + "crypto." + name + "-file (env SUITE_CRYPTO_"
                + name.replace('-', '_').toUpperCase(java.util.Locale.ROOT) + "_FILE) to a Tink JSON keyset file, or suite.crypto."
                + name + " to its JSON. Generate both with: java -cp <service jars> vnla.common.crypto.Keysets generate DIR");
    }

    private KeysetHandle current(String template) {
        return template.equals(Keysets.AEAD_TEMPLATE) ? keys.aeadKeyset() : keys.prfKeyset();
    }
}
