package vnla.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Encryption at rest with the current AEAD keyset: the primary key encrypts, every key of the keyset decrypts, and the
 * associated data binds a ciphertext to its row (its id), so a ciphertext copied to another row does not decrypt.
 */
@ApplicationScoped
public class Encryption {

    /** Tink's prefix of a ciphertext: one version byte, then the four-byte id of the key that made it. */
    private static final int PREFIX_LENGTH = 5;

    private final KeyRing keyRing;

    public Encryption(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    public byte[] encrypt(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        try {
            return keyRing.keys().aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ad(associatedData));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Decrypts with whichever key made the ciphertext; a key the service has not loaded yet makes it read the keyset again. */
    public String decrypt(byte[] ciphertext, String associatedData) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(keyRing.keys().aead().decrypt(ciphertext, ad(associatedData)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException first) {
            if (!isKnownKey(ciphertext)) {
                keyRing.reload();
                try {
                    return new String(keyRing.keys().aead().decrypt(ciphertext, ad(associatedData)), StandardCharsets.UTF_8);
                } catch (GeneralSecurityException again) {
                    throw new IllegalStateException("Cannot decrypt: key " + keyId(ciphertext) + " is not in the keyset", again);
                }
            }
            throw new IllegalStateException("Cannot decrypt: the ciphertext was altered or belongs to another row", first);
        }
    }

    /** The id of the key that made a ciphertext (unsigned, as Tink prints it). */
    public static long keyId(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < PREFIX_LENGTH) {
            return -1;
        }
        return Integer.toUnsignedLong(ByteBuffer.wrap(ciphertext, 1, 4).getInt());
    }

    /** Whether a ciphertext was made by the current primary key, i.e. needs no re-encryption after a rotation. */
    public boolean isCurrent(byte[] ciphertext) {
        return ciphertext == null || keyId(ciphertext) == keyRing.primaryKeyId();
    }

    public long primaryKeyId() {
        return keyRing.primaryKeyId();
    }

    /**
     * The first bytes of every ciphertext the primary key makes (Tink's version byte and key id): rows whose column does
     * not start with it need re-encryption, e.g. {@code where substring(col from 1 for 5) <> :prefix}.
     */
    public byte[] primaryPrefix() {
        return ByteBuffer.allocate(PREFIX_LENGTH).put((byte) 1).putInt((int) keyRing.primaryKeyId()).array();
    }

    /** Decrypts and encrypts again under the current primary key, with the same associated data. */
    public byte[] reencrypt(byte[] ciphertext, String associatedData) {
        return encrypt(decrypt(ciphertext, associatedData), associatedData);
    }

    private boolean isKnownKey(byte[] ciphertext) {
        long id = keyId(ciphertext);
        return keyRing.keys().aeadKeyset().getKeysetInfo().getKeyInfoList().stream()
                .anyMatch(k -> Integer.toUnsignedLong(k.getKeyId()) == id);
    }

    private static byte[] ad(String associatedData) {
        return associatedData.getBytes(StandardCharsets.UTF_8);
    }
}
