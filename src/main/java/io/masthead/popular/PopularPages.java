package io.masthead.popular;

import io.masthead.article.Story;
import io.masthead.delivery.Answer;
import io.masthead.delivery.Freshness;
import io.masthead.delivery.PublicPage;
import io.masthead.delivery.Reach;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** /most-popular/: the full ranking. */
@ApplicationScoped
public class PopularPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Story> stories);
    }

    private final MostPopular mostPopular;

    PopularPages(MostPopular mostPopular) {
        this.mostPopular = mostPopular;
    }

    @Produces
    PublicPage mostPopularPage() {
        return PublicPage.at("/most-popular/", request ->
                Answer.page(Templates.index(mostPopular.top(MostPopular.RANKED)), Freshness.FRONT, Reach.SHARED));
    }
}
