package vnla.common.security;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import vnla.common.problem.ProblemException;

/** Who is calling: the token's subject and agency, the basis of every object-level authorisation check. */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agency";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's agency id, e.g. {@code vn.hue}; a token without one may not call the API. */
    public String agency() {
        String agency = token.getClaim(AGENCY_CLAIM);
        if (agency == null || agency.isBlank()) {
            throw new ProblemException(403, "Forbidden", "The token names no agency");
        }
        return agency;
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }
}
