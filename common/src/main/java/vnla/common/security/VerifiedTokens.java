package vnla.common.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each bearer token once, not on every request: an officer's console sends the same token for hours, and its
 * RS256 signature check was a fifth of hotline-service's CPU under load (docs/benchmarks.md). The exact token string
 * maps to what SmallRye JWT verified; an entry is used only while the token is unexpired by the clock that verified it,
 * and for five minutes at most, so a rotated verification key (a JWKS location) is followed as SmallRye JWT follows it.
 * A token that fails verification is never kept; every verification is SmallRye JWT's own.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private static final Duration KEPT_AT_MOST = Duration.ofMinutes(5);

    private final DefaultJWTParser verifier;
    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(KEPT_AT_MOST).build();

    public VerifiedTokens(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        JsonWebToken fresh = verifier.parse(token);
        if (unexpired(fresh)) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    /** Strictly before its {@code exp} by this machine's clock (verification allows a clock skew; a cached entry does not). */
    private static boolean unexpired(JsonWebToken token) {
        return token.getExpirationTime() * 1000 > System.currentTimeMillis();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
