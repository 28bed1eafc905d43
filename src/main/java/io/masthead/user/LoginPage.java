package io.masthead.user;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
 * The newsroom's sign-in page (the form posts to Quarkus's /j_security_check) and sign-out.
 * {@code /login?error} (how form login reports any failure, an unknown user and a wrong
 * password alike), {@code ?locked} (too many attempts) and {@code ?out} each show their message;
 * only the presence of the parameter counts, whatever its value.
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

    private final String cookieName;

    LoginPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName) {
        this.cookieName = cookieName;
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

    /** Clears the login cookie; a POST with the CSRF token, so no other site can sign anyone out. */
    @POST
    @Path("logout")
    public RestResponse<Void> logout() {
        return RestResponse.ResponseBuilder.<Void>seeOther(URI.create("/login?out"))
                .header("Set-Cookie", cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict")
                .build();
    }
}
