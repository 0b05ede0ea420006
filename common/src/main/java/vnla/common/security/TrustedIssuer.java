package vnla.common.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/** Refuses to start a service that does not name the token issuer, its public keys and the audience it must check. */
@ApplicationScoped
public class TrustedIssuer {

    /** What the base profile's settings say when the environment names nothing (microprofile-config.properties). */
    public static final String NOT_SET = "NOT-SET";

    private final Optional<String> issuer;
    private final Optional<String> publicKeys;
    private final Optional<List<String>> audiences;

    public TrustedIssuer(@ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeys,
            @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences) {
        this.issuer = issuer;
        this.publicKeys = publicKeys;
        this.audiences = audiences;
    }

    void check(@Observes @Priority(1) StartupEvent started) {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join(", ", missing)
                    + " not set. Outside the dev and test profiles a service trusts only the tokens of an issuer you name: set "
                    + "JWT_PUBLIC_KEYS (the issuer's public keys, a PEM or JWKS location such as its JWKS URL), JWT_ISSUER "
                    + "(the exact iss claim) and JWT_AUDIENCES (the aud value(s) tokens must carry, e.g. hotline-suite)");
        }
    }

    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (publicKeys.filter(TrustedIssuer::isSet).isEmpty()) {
            missing.add("JWT_PUBLIC_KEYS");
        }
        if (issuer.filter(TrustedIssuer::isSet).isEmpty()) {
            missing.add("JWT_ISSUER");
        }
        if (audiences.filter(a -> !a.isEmpty() && a.stream().allMatch(TrustedIssuer::isSet)).isEmpty()) {
            missing.add("JWT_AUDIENCES");
        }
        return missing;
    }

    private static boolean isSet(String value) {
        return !value.isBlank() && !NOT_SET.equals(value);
    }
}
