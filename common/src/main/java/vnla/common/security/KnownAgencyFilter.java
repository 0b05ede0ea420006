package vnla.common.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

import vnla.common.problem.Problem;

/** Every call with a bearer token must name a known agency; anything else is a 403 before any endpoint runs. */
public class KnownAgencyFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> requireKnownAgency(ContainerRequestContext request) {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return null; // the endpoint's role check answers 401
            }
            Object claim = token.getClaim(Caller.AGENCY_CLAIM);
            String agency = claim == null ? null : claim.toString().replaceAll("^\"|\"$", "");
            if (KnownAgencies.isKnown(agency)) {
                return null;
            }
            String detail = agency == null || agency.isBlank() ? "The token names no agency" : "agency " + agency + " is not known";
            return Response.status(403).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", "Forbidden", 403, detail, "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), List.of()))
                    .build();
        });
    }
}
