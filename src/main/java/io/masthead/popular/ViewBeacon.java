package io.masthead.popular;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.masthead.web.ClientAddress;
import io.masthead.config.MastheadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * {@code POST /views/{id}}: the tiny request an article page sends once it is shown. Pages may
 * come from a cache; this request never does, so views are counted either way. A plain Vert.x
 * route, because it runs for every page view and must cost next to nothing. Each client address
 * has a small budget ({@link ViewBudget}), so no single client can move Most Popular.
 */
@ApplicationScoped
public class ViewBeacon {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    /** Searched for anywhere in the User-Agent (find, not a match of the whole with ".*" around it). */
    private static final Pattern BOT = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|"
                    + "curl|wget|python|httpclient|okhttp|java/|go-http|libwww|headlesschrome|lighthouse");

    private final ViewCounter counter;
    private final ClientAddress clientAddress;
    private final ViewBudget budget;

    ViewBeacon(ViewCounter counter, ClientAddress clientAddress, MastheadConfig config) {
        this.counter = counter;
        this.clientAddress = clientAddress;
        this.budget = new ViewBudget(config.views().perClientPerArticle(), config.views().perClient(), System::currentTimeMillis);
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
        long articleId = Long.parseLong(id);
        // Answered the same either way: a client cannot tell whether its view counted.
        if (isHuman(ctx) && budget.take(ClientAddress.budgetKey(clientAddress.of(ctx)), articleId)) {
            counter.count(articleId);
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
