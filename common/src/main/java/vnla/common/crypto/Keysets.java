package vnla.common.crypto;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Optional;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;

/**
 * Generates, rotates, reads and writes the suite's Tink keysets; also a command line for operators and scripts:
 * {@code generate DIR} writes {@code DIR/aead.json} and {@code DIR/prf.json}, {@code rotate FILE} adds a new primary key.
 */
public final class Keysets {

    /** Encryption at rest: AES-256-GCM, every ciphertext prefixed with the id of the key that made it. */
    public static final String AEAD_TEMPLATE = "AES256_GCM";
    /** Keyed MACs (receipt codes): HMAC-SHA256 as a PRF. */
    public static final String PRF_TEMPLATE = "HMAC_SHA256_PRF";
    public static final String AEAD_FILE = "aead.json";
    public static final String PRF_FILE = "prf.json";

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Keysets() {
    }

    public static KeysetHandle generate(String template) {
        try {
            return KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.generateEntryFromParametersName(template).withRandomId().makePrimary())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot generate a " + template + " keyset", e);
        }
    }

    /** The same keyset plus a new key with the primary's parameters, now primary; the older keys still decrypt. */
    public static KeysetHandle rotate(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(keyset.getPrimary().getKey().getParameters())
                            .withRandomId().makePrimary())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot rotate the keyset", e);
        }
    }

    /** Parses Tink JSON; with a KMS URI the JSON is an encrypted keyset wrapped by that KMS key. */
    public static KeysetHandle parse(String json, Optional<String> kmsUri) {
        try {
            if (kmsUri.isPresent()) {
                return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(json, kmsAead(kmsUri.get()), new byte[0]);
            }
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyset is not a valid Tink JSON keyset"
                    + kmsUri.map(uri -> " encrypted with " + uri).orElse("") + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(KeysetHandle keyset, Optional<String> kmsUri) {
        try {
            if (kmsUri.isPresent()) {
                return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, kmsAead(kmsUri.get()), new byte[0]);
            }
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot serialise the keyset", e);
        }
    }

    private static Aead kmsAead(String uri) throws GeneralSecurityException {
        try {
            return KmsClients.get(uri).getAead(uri);
        } catch (GeneralSecurityException notRegistered) {
            try {
                return KmsClients.getAutoLoaded(uri).getAead(uri);
            } catch (GeneralSecurityException none) {
                throw new GeneralSecurityException("no Tink KMS client for " + uri
                        + " (add tink-gcpkms or tink-awskms to the class path and register it)", none);
            }
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the keyset file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes through a temporary file and a rename, readable by its owner only, so a reader never sees half a keyset. */
    public static void write(Path file, String json) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's permissions apply
        }
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * {@code generate DIR} (refuses to overwrite), {@code rotate FILE} (keeps old keys, new primary). With the environment
     * variable {@code SUITE_CRYPTO_KMS_URI} set, files are read and written as KMS-encrypted keysets.
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Optional<String> kms = Optional.ofNullable(System.getenv("SUITE_CRYPTO_KMS_URI")).filter(s -> !s.isBlank());
        if (args.length == 2 && args[0].equals("generate")) {
            Path dir = Path.of(args[1]);
            for (String[] kind : new String[][] { { AEAD_FILE, AEAD_TEMPLATE }, { PRF_FILE, PRF_TEMPLATE } }) {
                Path file = dir.resolve(kind[0]);
                if (Files.exists(file)) {
                    out.println("kept " + file + " (exists)");
                    continue;
                }
                write(file, toJson(generate(kind[1]), kms));
                out.println("wrote " + file);
            }
        } else if (args.length == 2 && args[0].equals("rotate")) {
            Path file = Path.of(args[1]);
            KeysetHandle rotated = rotate(parse(read(file), kms));
            write(file, toJson(rotated, kms));
            out.println("rotated " + file + ": primary key id " + Integer.toUnsignedString(rotated.getPrimary().getId())
                    + ", " + rotated.size() + " keys");
        } else {
            System.err.println("usage: Keysets generate DIR   (writes DIR/" + AEAD_FILE + " and DIR/" + PRF_FILE + ")");
            System.err.println("       Keysets rotate FILE    (adds a new primary key; older keys still decrypt)");
            System.exit(2);
        }
    }
}
