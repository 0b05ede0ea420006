package vnla.testing;

import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Development tokens signed with the repository's dev key pair (dev and test profiles only). */
public final class Tokens {

    public static final String ISSUER = "https://hotline.dev";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    /** A bearer token for {@code role} at {@code agency}, e.g. {@code forRole("analyst", "vn.hue")}. */
    public static String forRole(String role, String agency) {
        return forRole(role, agency, role + "@" + agency);
    }

    public static String forRole(String role, String agency, String subject) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("agency", agency)
                .expiresIn(3600)
                .jws().keyId("dev")
                .sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("dev-keys/privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("dev-keys/privateKey.pem is not on the classpath", e);
        }
    }
}
