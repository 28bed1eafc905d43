package io.masthead.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A public page's address as a template: {@code /tag/{slug}/}, {@code /{section}/{article:\d[^/]*}}.
 * A parameter matches one path segment, or what its own expression says. A template ending in a
 * slash is a listing's: the same path without the slash is routed to it too, and redirected.
 *
 * <p>Where two templates match the same path, the more specific one is tried first, by the rule
 * JAX-RS uses: more literal characters, then more parameters, then more parameters with an
 * expression of their own ({@code /video/{id:\d[^/]*}} before {@code /video/{channel}/}); last,
 * an exact address before a listing's, whose slashless match is only there to redirect.
 */
public record RouteTemplate(String template, String name, Pattern pattern, List<String> parameters, int literals,
        int constrained) {

    /** Most specific first. */
    public static final Comparator<RouteTemplate> SPECIFIC_FIRST = Comparator
            .comparingInt(RouteTemplate::literals).reversed()
            .thenComparing(Comparator.comparingInt((RouteTemplate t) -> t.parameters().size()).reversed())
            .thenComparing(Comparator.comparingInt(RouteTemplate::constrained).reversed())
            .thenComparing(RouteTemplate::isListing);

    public static RouteTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route starts with a slash: " + template);
        }
        boolean listing = template.length() > 1 && template.endsWith("/");
        String body = listing ? template.substring(0, template.length() - 1) : template;
        StringBuilder regex = new StringBuilder("^");
        StringBuilder name = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        int literals = 0;
        int constrained = 0;
        for (int at = 0; at < body.length(); ) {
            int open = body.indexOf('{', at);
            String literal = body.substring(at, open < 0 ? body.length() : open);
            regex.append(literal.isEmpty() ? "" : Pattern.quote(literal));
            name.append(literal);
            literals += literal.length();
            if (open < 0) {
                break;
            }
            int close = closingBrace(body, open);
            String[] parameter = body.substring(open + 1, close).split(":", 2);
            if (!parameter[0].matches("[a-zA-Z][a-zA-Z0-9]*")) {
                throw new IllegalArgumentException("not a parameter name in " + template + ": " + parameter[0]);
            }
            parameters.add(parameter[0]);
            constrained += parameter.length > 1 ? 1 : 0;
            regex.append("(?<").append(parameter[0]).append('>').append(parameter.length > 1 ? parameter[1] : "[^/]+")
                    .append(')');
            name.append('{').append(parameter[0]).append('}');
            at = close + 1;
        }
        regex.append(listing ? "/?$" : "$");
        name.append(listing ? "/" : "");
        return new RouteTemplate(template, name.toString(), Pattern.compile(regex.toString()), List.copyOf(parameters),
                literals, constrained);
    }

    /** The brace that closes the parameter opened at {@code open}; an expression may hold braces of its own. */
    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed parameter in " + template);
    }

    /** Whether the page lives at an address ending in a slash. */
    public boolean isListing() {
        return template.length() > 1 && template.endsWith("/");
    }
}
