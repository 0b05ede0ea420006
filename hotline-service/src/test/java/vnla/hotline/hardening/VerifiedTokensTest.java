package vnla.hotline.hardening;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import vnla.common.security.VerifiedTokens;
import vnla.testing.Tokens;

/** A bearer token is verified by SmallRye JWT once and then known; what fails or has expired is never served from memory. */
class VerifiedTokensTest {

    private final Verifier verifier = new Verifier();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier);

    @Test
    void aTokenIsVerifiedOnceThenKnown() throws Exception {
        String token = Tokens.forRole("duty-officer", "vn.hue");
        JsonWebToken first = tokens.parse(token);
        JsonWebToken again = tokens.parse(token);
        assertEquals("duty-officer@vn.hue", again.getName());
        assertEquals(first.getClaim("agency").toString(), again.getClaim("agency").toString());
        assertEquals(1, verifier.verifications);
    }

    @Test
    void aTamperedTokenIsVerifiedEveryTimeAndRefused() throws Exception {
        String token = Tokens.forRole("analyst", "vn.hue");
        tokens.parse(token);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThrows(ParseException.class, () -> tokens.parse(tampered));
        assertThrows(ParseException.class, () -> tokens.parse(tampered));
        assertEquals(3, verifier.verifications);
    }

    @Test
    void aTokenThatExpiresWhileKnownIsRefused() throws Exception {
        Instant expiry = Instant.now().plusSeconds(2);
        String token = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("analyst@vn.hue").upn("analyst@vn.hue")
                .groups(Set.of("analyst")).claim("agency", "vn.hue").expiresAt(expiry)
                .jws().keyId("dev").sign(KeyUtils.readPrivateKey("dev-keys/privateKey.pem"));
        tokens.parse(token);
        tokens.parse(token);
        assertEquals(1, verifier.verifications);
        // the token's own expiry, not a clock the suite controls: SmallRye JWT checks exp against real time; until then
        // each read is served from memory, the first read after it is verified again and refused
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> refused(token));
        assertEquals(2, verifier.verifications);
    }

    private boolean refused(String token) {
        try {
            tokens.parse(token);
            return false;
        } catch (ParseException e) {
            return true;
        }
    }

    /** SmallRye JWT's own verification with the dev key, issuer and audience, counting the tokens it verifies. */
    private static final class Verifier extends DefaultJWTParser {
        int verifications;

        Verifier() {
            super(context());
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications++;
            return super.parse(token);
        }

        private static JWTAuthContextInfo context() {
            try {
                JWTAuthContextInfo context = new JWTAuthContextInfo(KeyUtils.readPublicKey(Tokens.PUBLIC_KEY_RESOURCE), Tokens.ISSUER);
                context.setExpectedAudience(Set.of(Tokens.AUDIENCE));
                // no leeway past exp (the services allow SmallRye JWT's default), so expiry is exact here
                context.setClockSkew(0);
                return context;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
