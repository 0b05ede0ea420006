package vnla.common.crypto;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Where the service's Tink keysets come from: an AEAD keyset for encryption at rest and a PRF keyset for keyed MACs,
 * each as Tink JSON inline or in a file (written by {@link Keysets}); with a KMS key URI they are KMS-encrypted keysets.
 */
@ConfigMapping(prefix = "suite.crypto")
public interface CryptoConfig {

    /** The AEAD keyset as Tink JSON ({@code SUITE_CRYPTO_KEYSET}); wins over {@link #keysetFile()}. */
    Optional<String> keyset();

    /** A file holding the AEAD keyset as Tink JSON ({@code SUITE_CRYPTO_KEYSET_FILE}). */
    Optional<Path> keysetFile();

    /** The PRF keyset for keyed MACs as Tink JSON ({@code SUITE_CRYPTO_MAC_KEYSET}); wins over {@link #macKeysetFile()}. */
    Optional<String> macKeyset();

    /** A file holding the PRF keyset as Tink JSON ({@code SUITE_CRYPTO_MAC_KEYSET_FILE}). */
    Optional<Path> macKeysetFile();

    /**
     * A KMS key URI such as {@code gcp-kms://projects/…/cryptoKeys/…} or {@code aws-kms://arn:aws:kms:…}
     * ({@code SUITE_CRYPTO_KMS_URI}). When set, both keysets are Tink encrypted keysets wrapped by that key, and the
     * KMS client (tink-gcpkms or tink-awskms on the class path, registered with Tink's {@code KmsClients}) unwraps them.
     */
    Optional<String> kmsUri();
}
