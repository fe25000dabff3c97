package io.ecocity.support.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the endpoints need it: the name recorded as the actor of a write, the one town a town system
 * may write for, the facility or enterprise a manifest client acts for. The roles themselves are checked by
 * {@code @RolesAllowed} before the endpoint runs.
 */
@RequestScoped
public class Caller {

    /** The caller of a service whose security is switched off ({@code ecocity.security.enabled=false}). */
    public static final String OPEN_NAME = "anonymous";
    static final String TOWN_ATTRIBUTE = "ecocity.town";
    static final String ORGANISATION_ATTRIBUTE = "ecocity.organisation";
    static final String OPEN_ATTRIBUTE = "ecocity.open";
    static final String CHALLENGE = "Bearer realm=\"ecocity\"";

    @Inject
    SecurityIdentity identity;

    @Inject
    SecuritySettings settings;

    /** True when security is off: no identity is known, and an actor named in a body is taken as it is. */
    public boolean isOpen() {
        return identity.getAttribute(OPEN_ATTRIBUTE) != null;
    }

    /** The authenticated name: a token's {@code upn}, {@code preferred_username} or {@code sub}; an API key's client. */
    public String name() {
        return identity.isAnonymous() ? OPEN_NAME : identity.getPrincipal().getName();
    }

    /**
     * Authenticates the request now: credentials that were sent but do not verify answer 401 even where no role is
     * needed (the gateway checks what it passes on; the service behind checks again); none sent is anonymous.
     */
    public void verifyPresented() {
        identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The town this caller writes for; empty for a city-wide caller. */
    public Optional<String> town() {
        return attributeOrClaim(TOWN_ATTRIBUTE, settings.townClaim());
    }

    /** The facility or enterprise this caller acts for; empty when it acts for none. */
    public Optional<String> organisation() {
        return attributeOrClaim(ORGANISATION_ATTRIBUTE, settings.organisationClaim());
    }

    /** Refuses (403) a write for a town other than the caller's own; a city-wide caller writes for every town. */
    public void requireTown(String town, String what) {
        Optional<String> own = town();
        if (own.isPresent() && !own.get().equals(town)) {
            throw new ForbiddenException(what + " belongs to town " + town + "; this caller writes for "
                    + own.get() + " only");
        }
    }

    /**
     * The actor to record for a write: the authenticated name; only when security is off, the one the body names, as
     * it is (a missing one is for the body's own validation to refuse).
     */
    public String actor(String named) {
        return isOpen() ? named : name();
    }

    private Optional<String> attributeOrClaim(String attribute, String claim) {
        Object value = identity.getAttribute(attribute);
        if (value == null && identity.getPrincipal() instanceof JsonWebToken token) {
            value = token.getClaim(claim);
        }
        if (value instanceof jakarta.json.JsonString json) {
            value = json.getString();
        }
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    static SecurityIdentity openIdentity() {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(OPEN_NAME))
                .addRoles(Set.copyOf(Roles.ALL))
                .addAttribute(OPEN_ATTRIBUTE, Boolean.TRUE)
                .build();
    }
}
