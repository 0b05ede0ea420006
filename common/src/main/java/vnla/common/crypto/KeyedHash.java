package vnla.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;

/**
 * Keyed MACs (HMAC-SHA256 PRF of the PRF keyset) for values that are looked up but never stored, such as receipt codes:
 * without the key, a stolen table cannot be searched by guessing codes.
 */
@ApplicationScoped
public class KeyedHash {

    private static final int OUTPUT_BYTES = 32;

    private final KeyRing keyRing;

    public KeyedHash(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    /** The tag under the primary key, to store. */
    public String tag(String value) {
        try {
            return HexFormat.of().formatHex(keyRing.keys().prf().computePrimary(bytes(value), OUTPUT_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Keyed hash failed", e);
        }
    }

    /** The tags under every key of the keyset, primary first: a value stored before a rotation is still found. */
    public List<String> candidates(String value) {
        PrfSet prf = keyRing.keys().prf();
        List<String> tags = new ArrayList<>();
        tags.add(tag(value));
        try {
            for (Map.Entry<Integer, Prf> entry : prf.getPrfs().entrySet()) {
                if (entry.getKey() != prf.getPrimaryId()) {
                    tags.add(HexFormat.of().formatHex(entry.getValue().compute(bytes(value), OUTPUT_BYTES)));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Keyed hash failed", e);
        }
        return tags;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
