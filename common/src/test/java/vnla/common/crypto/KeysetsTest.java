package vnla.common.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keysets as operators handle them: generated to files, rotated in place, older keys still decrypting. */
class KeysetsTest {

    private static final byte[] AD = "tip:1".getBytes(StandardCharsets.UTF_8);

    @Test
    void rotatedKeysetEncryptsUnderNewPrimaryAndStillDecryptsOld(@TempDir Path dir) throws Exception {
        Keysets.main(new String[] { "generate", dir.toString() });
        Path file = dir.resolve(Keysets.AEAD_FILE);
        KeysetHandle before = Keysets.parse(Files.readString(file), Optional.empty());
        byte[] old = before.getPrimitive(RegistryConfiguration.get(), Aead.class).encrypt("Trần Thị Hoa".getBytes(StandardCharsets.UTF_8), AD);

        Keysets.main(new String[] { "rotate", file.toString() });
        KeysetHandle after = Keysets.parse(Files.readString(file), Optional.empty());
        Aead aead = after.getPrimitive(RegistryConfiguration.get(), Aead.class);
        byte[] fresh = aead.encrypt("Trần Thị Hoa".getBytes(StandardCharsets.UTF_8), AD);

        assertEquals(2, after.size());
        assertNotEquals(before.getPrimary().getId(), after.getPrimary().getId());
        assertEquals(Integer.toUnsignedLong(before.getPrimary().getId()), Encryption.keyId(old));
        assertEquals(Integer.toUnsignedLong(after.getPrimary().getId()), Encryption.keyId(fresh));
        assertArrayEquals("Trần Thị Hoa".getBytes(StandardCharsets.UTF_8), aead.decrypt(old, AD));
        assertTrue(Files.exists(dir.resolve(Keysets.PRF_FILE)));
    }
}
