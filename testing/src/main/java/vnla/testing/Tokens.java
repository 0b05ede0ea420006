package vnla.testing;

import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Development tokens signed with the repository's dev key pair (dev and test profiles only), for the suite's audience. */
public final class Tokens {

    public static final String ISSUER = "https://hotline.dev";
    /** The {@code aud} every service checks ({@code mp.jwt.verify.audiences}; production: {@code JWT_AUDIENCES}). */
    public static final String AUDIENCE = "hotline-suite";
    /** The dev public key as a classpath resource (this module's), for tests and tools that start a service. */
    public static final String PUBLIC_KEY_RESOURCE = "dev-keys/publicKey.pem";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    /** A bearer token for {@code role} at {@code agency}, e.g. {@code forRole("analyst", "vn.hue")}. */
    public static String forRole(String role, String agency) {
        return forRole(role, agency, role + "@" + agency);
    }

    public static String forRole(String role, String agency, String subject) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("agency", agency)
                .expiresIn(3600)
                .jws().keyId("dev")
                .sign(KEY);
    }

    /**
     * A bearer token of an officer acting for a working group of {@code agency} stationed abroad: the claim
     * {@code working_group} names the group (notification-service routes and checks by it).
     */
    public static String forWorkingGroup(String role, String agency, String group) {
        String subject = role + "@" + agency + "/" + group;
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("agency", agency)
                .claim("working_group", group)
                .expiresIn(3600)
                .jws().keyId("dev")
                .sign(KEY);
    }

    /** A token that names no agency, which every service refuses. */
    public static String withoutAgency(String role) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(role + "@nowhere")
                .groups(Set.of(role))
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
