package io.masthead.user;

import io.vertx.core.http.HttpServerRequest;

/**
 * The newsroom's cookies as Set-Cookie values: HttpOnly, SameSite=Strict, no lifetime of their own
 * (the server ends sessions), and Secure whenever the request came over TLS, directly or through a
 * trusted proxy.
 */
final class LoginCookies {

    private LoginCookies() {
    }

    static String session(String token, HttpServerRequest request) {
        return Sessions.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + secure(request);
    }

    /** The CSRF cookie the forms' hidden field is checked against; lives as long as a session may. */
    static String csrf(String name, String token, long maxAgeSeconds, HttpServerRequest request) {
        return name + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict" + secure(request);
    }

    static String cleared(String name) {
        return name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    private static String secure(HttpServerRequest request) {
        return request != null && request.isSSL() ? "; Secure" : "";
    }
}
