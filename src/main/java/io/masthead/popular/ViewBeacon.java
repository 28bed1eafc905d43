package io.masthead.popular;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * {@code POST /views/{id}}: the tiny request an article page sends once it is shown. Pages may
 * come from a cache; this request never does, so views are counted either way. A plain Vert.x
 * route, because it runs for every page view and must cost next to nothing.
 */
@ApplicationScoped
public class ViewBeacon {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    /** Searched for anywhere in the User-Agent (find, not a match of the whole with ".*" around it). */
    private static final Pattern BOT = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|"
                    + "curl|wget|python|httpclient|okhttp|java/|go-http|libwww|headlesschrome|lighthouse");

    private final ViewCounter counter;

    ViewBeacon(ViewCounter counter) {
        this.counter = counter;
    }

    /**
     * Ahead of authentication and the REST layer (see the delivery pipeline), which had it take
     * the long way round (a security identity, a permission check and a failed resource match)
     * for a request that needs neither.
     */
    public void count(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            ctx.response().setStatusCode(404).end();
            return;
        }
        if (isHuman(ctx)) {
            counter.count(Long.parseLong(id));
        }
        ctx.response()
                .setStatusCode(204)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end();
    }

    static boolean isHuman(RoutingContext ctx) {
        String agent = ctx.request().getHeader(HttpHeaders.USER_AGENT);
        if (agent == null || agent.isBlank() || BOT.matcher(agent).find()) {
            return false;
        }
        String purpose = ctx.request().getHeader("Sec-Purpose");
        return purpose == null || !purpose.contains("prefetch");
    }
}
