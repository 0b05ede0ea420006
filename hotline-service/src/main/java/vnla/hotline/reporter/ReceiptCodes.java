package vnla.hotline.reporter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import vnla.common.crypto.KeyedHash;

/**
 * Receipt codes for anonymous reporters: {@code 7KQ4-M2XD-9HTB}, easy to read out on the phone, stored only as a keyed
 * MAC (so a copy of the table cannot be searched by trying codes without the key).
 */
@ApplicationScoped
public class ReceiptCodes {

    /** Crockford's base 32: no I, L, O or U to confuse on a phone line. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();
    private final KeyedHash keyedHash;

    public ReceiptCodes(KeyedHash keyedHash) {
        this.keyedHash = keyedHash;
    }

    public String newCode() {
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }

    /** The stored form of a code, insensitive to case and separators as a caller reads it out. */
    public String mac(String code) {
        return keyedHash.tag("receipt-code:" + canonical(code));
    }

    /** The stored forms a code may have under any key of the keyset (codes given out before a rotation still match). */
    public List<String> candidates(String code) {
        return keyedHash.candidates("receipt-code:" + canonical(code));
    }

    /** The bare SHA-256 that version 1 stored; only to find, and upgrade, codes given out before keyed MACs. */
    public String legacyHash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(code).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }
}
