package io.masthead.admin.account;

import io.masthead.user.PasswordChangeRequired;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An account with a one-time password reaches nothing in the newsroom but the page that replaces
 * it: every other newsroom request is sent there first.
 */
public class FirstSignIn {

    static final String PAGE = "/admin/password";

    private final SecurityIdentity identity;

    FirstSignIn(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public Response requireNewPassword(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (identity.isAnonymous() || !path.startsWith("/admin") || path.equals(PAGE)) {
            return null;
        }
        if (!QuarkusTransaction.joiningExisting().call(() -> PasswordChangeRequired.requiredFor(identity))) {
            return null;
        }
        return Response.seeOther(URI.create(PAGE)).build();
    }
}
