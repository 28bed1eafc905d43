package io.masthead.user;

import io.masthead.admin.AuditLog;
import io.masthead.web.ClientAddress;
import io.masthead.web.Site;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The newsroom's sign-in page (the form posts to {@link LoginCheck}) and sign-out. */
@Path("/")
@PermitAll
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    private final Sessions sessions;
    private final Site site;
    private final ClientAddress clientAddress;
    private final String csrfCookie;
    private final SecurityIdentity identity;

    LoginPage(Sessions sessions, Site site, ClientAddress clientAddress, SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.identity = identity;
        this.sessions = sessions;
        this.site = site;
        this.clientAddress = clientAddress;
        this.csrfCookie = csrfCookie;
    }

    @GET
    @Path("login")
    public RestResponse<TemplateInstance> login(@RestQuery String error, @RestQuery String out) {
        return RestResponse.ResponseBuilder.ok(Templates.login(error != null, out != null))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Ends the session on the server, for every copy of the cookie on every instance, and clears the
     * cookies. A POST with the CSRF token, so no other site can sign anyone out.
     */
    @POST
    @Path("logout")
    public RestResponse<Void> logout(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(Sessions.COOKIE);
        if (cookie != null) {
            sessions.close(cookie.getValue());
        }
        if (!identity.isAnonymous()) {
            String who = identity.getPrincipal().getName();
            String client = clientAddress.of(ctx);
            QuarkusTransaction.requiringNew().run(() -> AuditLog.record(who, "LOGOUT", null, "client " + client));
        }
        return RestResponse.ResponseBuilder.<Void>seeOther(URI.create(site.absolute("/login?out")))
                .header("Set-Cookie", LoginCookies.cleared(Sessions.COOKIE))
                .header("Set-Cookie", LoginCookies.cleared(csrfCookie))
                .build();
    }
}
