package io.masthead.user;

import io.masthead.admin.AuditLog;
import io.masthead.web.ClientAddress;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The newsroom's sign-in page (the form posts to {@link LoginCheck}) and sign-out.
 * {@code /login?error} (any failure, an unknown user and a wrong password alike), {@code ?locked}
 * (too many attempts) and {@code ?out} each show their message; only the presence of the
 * parameter counts, whatever its value.
 */
@Path("/")
@PermitAll
public class LoginPage {

    /** Which message the sign-in page shows above the form. */
    public enum Notice {
        NONE, FAILED, LOCKED, SIGNED_OUT
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Notice notice);
    }

    private final Sessions sessions;
    private final ClientAddress clientAddress;
    private final String csrfCookie;
    private final SecurityIdentity identity;

    LoginPage(Sessions sessions, ClientAddress clientAddress, SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.identity = identity;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
        this.csrfCookie = csrfCookie;
    }

    @GET
    @Path("login")
    public RestResponse<TemplateInstance> login(@Context UriInfo uri) {
        var query = uri.getQueryParameters();
        Notice notice = query.containsKey("locked") ? Notice.LOCKED
                : query.containsKey("error") ? Notice.FAILED
                : query.containsKey("out") ? Notice.SIGNED_OUT : Notice.NONE;
        return RestResponse.ResponseBuilder.ok(Templates.login(notice)).header("Cache-Control", "no-store").build();
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
        return RestResponse.ResponseBuilder.<Void>seeOther(URI.create("/login?out"))
                .header("Set-Cookie", LoginCookies.cleared(Sessions.COOKIE))
                .header("Set-Cookie", LoginCookies.cleared(csrfCookie))
                .build();
    }
}
