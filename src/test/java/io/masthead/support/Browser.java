package io.masthead.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser for newsroom tests: keeps cookies, signs in through the real login form, and submits
 * forms as found on the page (hidden CSRF token and version included), with fields changed on top.
 * Paths go to the application under test, or to the origin a browser was made {@link #at} (a
 * running instance an environment check is pointed at).
 */
public class Browser {

    public static final String CSRF_FIELD = "csrf-token";
    public static final String SESSION_COOKIE = "masthead-session";
    public static final String CSRF_COOKIE = "masthead-csrf";

    private final String origin;
    private final Map<String, String> cookies;
    private final Map<String, String> headers;

    private Browser(String origin, Map<String, String> cookies, Map<String, String> headers) {
        this.origin = origin;
        this.cookies = cookies;
        this.headers = headers;
    }

    public static Browser anonymous() {
        return at("");
    }

    /** A browser with no cookies yet on the site at {@code origin} ("http://127.0.0.1:8080"; "" for the test's own). */
    public static Browser at(String origin) {
        return new Browser(origin, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    public static Browser signedIn(String username, String password) {
        return signedIn("", username, password);
    }

    public static Browser signedIn(String origin, String username, String password) {
        Browser browser = at(origin);
        Response response = browser.login(username, password);
        assertEquals(302, response.statusCode(), "login of " + username);
        assertNotNull(browser.cookies.get(SESSION_COOKIE), "no session cookie for " + username);
        return browser;
    }

    /** Signs in as a person would: opens the sign-in page (its form's token) and submits the form. */
    public Response login(String username, String password) {
        Document page = Jsoup.parse(get("/login").body().asString());
        Element token = page.selectFirst("form[action=/j_security_check] input[name=" + CSRF_FIELD + "]");
        assertNotNull(token, "no CSRF field on the sign-in form");
        return send(request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(CSRF_FIELD, token.attr("value"))
                .formParam("j_username", username).formParam("j_password", password), "POST", "/j_security_check");
    }

    public Response get(String path) {
        return send(request(), "GET", path);
    }

    public Document page(String path) {
        Response response = get(path);
        assertEquals(200, response.statusCode(), () -> "GET " + path + " answered " + response.statusCode());
        return Jsoup.parse(response.body().asString(), "http://localhost/");
    }

    /** A CSRF token for this browser: the value of its token cookie, fetched from a page if needed. */
    public String csrfToken() {
        if (!cookies.containsKey("masthead-csrf")) {
            get("/admin");
        }
        if (!cookies.containsKey("masthead-csrf")) {
            // Anonymous visitors get no token from the newsroom; any matching cookie and field pass the
            // double-submit check, so they reach the login check like a real attacker would.
            byte[] token = new byte[16];
            new java.security.SecureRandom().nextBytes(token);
            cookies.put("masthead-csrf", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        }
        return cookies.get("masthead-csrf");
    }

    /** Posts the given fields with a valid CSRF token, as a form on a newsroom page would. */
    public Response post(String path, Map<String, String> fields) {
        String token = csrfToken();
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(CSRF_FIELD, token);
        fields.forEach(spec::formParam);
        return send(spec, "POST", path);
    }

    /** A cross-site forgery: the session cookies go along, the form has no token. */
    public Response postWithoutToken(String path) {
        return send(request().contentType("application/x-www-form-urlencoded").formParam("x", "y"), "POST", path);
    }

    public Response post(String path) {
        return post(path, Map.of());
    }

    /** The form on the page matching the selector, ready to fill in and submit. */
    public Form form(String pagePath, String selector) {
        Document doc = page(pagePath);
        Element form = doc.selectFirst(selector);
        assertNotNull(form, () -> "no form " + selector + " on " + pagePath);
        return new Form(this, form);
    }

    /**
     * The form a button on the page belongs to, as that button submits it: to the button's
     * formaction when it has one ("Save and publish" posts the whole article form to /publish).
     */
    public Form button(String pagePath, String buttonSelector) {
        Document doc = page(pagePath);
        Element button = doc.selectFirst(buttonSelector);
        assertNotNull(button, () -> "no button " + buttonSelector + " on " + pagePath);
        Element form = button.closest("form");
        assertNotNull(form, () -> "button " + buttonSelector + " is in no form on " + pagePath);
        Form submitted = new Form(this, form);
        if (button.hasAttr("formaction")) {
            submitted.action = button.attr("formaction");
        }
        return submitted;
    }

    public static class Form {
        private final Browser browser;
        private String action;
        private final boolean multipart;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, byte[]> files = new LinkedHashMap<>();

        Form(Browser browser, Element form) {
            this.browser = browser;
            this.action = form.attr("action");
            this.multipart = "multipart/form-data".equals(form.attr("enctype"));
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String name = input.attr("name");
                switch (input.tagName()) {
                    case "textarea" -> fields.put(name, input.wholeText().startsWith("\n")
                            ? input.wholeText().substring(1) : input.wholeText());
                    case "select" -> {
                        // As a browser does: the selected option, else the first.
                        Element selected = input.selectFirst("option[selected]");
                        if (selected == null) {
                            selected = input.selectFirst("option");
                        }
                        fields.put(name, selected != null ? selected.attr("value") : "");
                    }
                    default -> {
                        String type = input.attr("type");
                        boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked");
                        if (!type.equals("file") && !unchecked) {
                            fields.put(name, input.attr("value"));
                        }
                    }
                }
            }
        }

        public Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public String get(String name) {
            return fields.get(name);
        }

        public Form file(String name, byte[] content) {
            files.put(name, content);
            return this;
        }

        public Response submit() {
            RequestSpecification spec = browser.request();
            if (multipart || !files.isEmpty()) {
                fields.forEach((k, v) -> spec.multiPart(k, v, "text/plain; charset=UTF-8"));
                files.forEach((k, v) -> spec.multiPart(k, "upload.jpg", v, "image/jpeg"));
            } else {
                spec.contentType("application/x-www-form-urlencoded; charset=UTF-8");
                fields.forEach(spec::formParam);
            }
            return browser.send(spec, "POST", action);
        }
    }

    RequestSpecification request() {
        RequestSpecification spec = given().redirects().follow(false);
        spec.config(io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)));
        cookies.forEach(spec::cookie);
        headers.forEach(spec::header);
        return spec;
    }

    /** The same browser, cookies and headers shared, on another origin: one reader's browser on a second instance. */
    public Browser on(String otherOrigin) {
        return new Browser(otherOrigin, cookies, headers);
    }

    Response send(RequestSpecification spec, String method, String path) {
        Response response = spec.request(method, path.startsWith("/") ? origin + path : path);
        for (Cookie cookie : response.detailedCookies().asList()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }

    /** This browser's cookies, for a test that builds a request by hand (a script's fetch, say). */
    public Map<String, String> cookiesForTests() {
        return Map.copyOf(cookies);
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Sets a cookie as another page or a planted value would. */
    public Browser withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** Headers every request of this browser carries, e.g. the address a trusted proxy saw. */
    public Browser withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
