package vnla.hotline.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import vnla.common.crypto.Keysets;

/** Keysets in files, as in production, so a test can rotate them the way an operator does. */
public class FileKeysetProfile implements QuarkusTestProfile {

    static final Path DIR = generated();

    private static Path generated() {
        try {
            Path dir = Files.createTempDirectory("hotline-keysets");
            Keysets.main(new String[] { "generate", dir.toString() });
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "suite.crypto.keyset-file", DIR.resolve(Keysets.AEAD_FILE).toString(),
                "suite.crypto.mac-keyset-file", DIR.resolve(Keysets.PRF_FILE).toString());
    }
}
