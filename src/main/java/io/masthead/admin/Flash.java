package io.masthead.admin;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Post/Redirect/Get messages: an action answers 303 with a short-lived cookie, the next newsroom
 * page shows it ({inject:flash.message}) and {@link NewsroomHeaders} expires it.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "masthead-flash";

    private final RoutingContext routing;

    Flash(RoutingContext routing) {
        this.routing = routing;
    }

    public String message() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        String text = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    public static <T> RestResponse<T> redirect(String location, String message) {
        return redirect(location, message, java.util.List.of());
    }

    /** The same, with further cookies to set (a renewed session). */
    public static <T> RestResponse<T> redirect(String location, String message, java.util.List<String> cookies) {
        var response = RestResponse.ResponseBuilder.<T>seeOther(URI.create(location))
                .header("Set-Cookie", COOKIE + "=" + URLEncoder.encode(message, StandardCharsets.UTF_8)
                        + "; Path=/admin; Max-Age=60; HttpOnly; SameSite=Strict");
        cookies.forEach(cookie -> response.header("Set-Cookie", cookie));
        return response.build();
    }
}
