package io.masthead.user;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The newsroom's sign-in page (the form posts to Quarkus's /j_security_check) and sign-out. */
@Path("/")
@PermitAll
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    private final String cookieName;

    LoginPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName) {
        this.cookieName = cookieName;
    }

    @GET
    @Path("login")
    public RestResponse<TemplateInstance> login(@RestQuery String error, @RestQuery String out) {
        return RestResponse.ResponseBuilder.ok(Templates.login(error != null, out != null))
                .header("Cache-Control", "no-store").build();
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
