package io.masthead.popular;

import jakarta.annotation.security.PermitAll;
import io.vertx.ext.web.RoutingContext;
import io.masthead.cache.PageResponses;
import io.masthead.cache.Freshness;
import io.masthead.cache.Reach;
import io.masthead.article.Story;
import io.masthead.web.TrailingSlash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** /most-popular/: the full ranking. */
@Path("/most-popular")
@PermitAll
public class PopularPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Story> stories);
    }

    private final MostPopular mostPopular;
    private final PageResponses pages;

    PopularPages(MostPopular mostPopular, PageResponses pages) {
        this.pages = pages;
        this.mostPopular = mostPopular;
    }

    @GET
    public RestResponse<?> index(RoutingContext ctx) {
        return TrailingSlash.require(ctx.request())
                .orElseGet(() -> pages.html(ctx, Templates.index(mostPopular.top(MostPopular.RANKED)), Freshness.FRONT, Reach.SHARED));
    }
}
