package io.masthead.popular;

import jakarta.annotation.security.PermitAll;
import io.masthead.article.Story;
import io.masthead.web.TrailingSlash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
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

    PopularPages(MostPopular mostPopular) {
        this.mostPopular = mostPopular;
    }

    @GET
    public RestResponse<?> index(@Context HttpServerRequest request) {
        return TrailingSlash.require(request)
                .orElseGet(() -> RestResponse.ok(Templates.index(mostPopular.top(MostPopular.RANKED))));
    }
}
