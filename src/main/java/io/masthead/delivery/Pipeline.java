package io.masthead.delivery;

import io.masthead.admin.NewsroomHeaders;
import io.masthead.popular.ViewBeacon;
import io.masthead.user.LoginCheck;
import io.masthead.web.Assets;
import io.masthead.web.ErrorPages;
import io.masthead.web.SecurityHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every request's way through the application, in order. Ours come before Quarkus's own handlers
 * (authentication and the REST layer), which only the newsroom and the sign-in page reach.
 */
@ApplicationScoped
public class Pipeline {

    private static final int FIRST = Integer.MIN_VALUE;

    void install(@Observes Router router, SecurityHeaders securityHeaders, NewsroomHeaders newsroomHeaders,
            Assets assets, ViewBeacon views, LoginCheck signIn, PageServer pages, ErrorPages errors) {
        // 1. Every response, error pages included, carries the security headers.
        router.route().order(FIRST).handler(securityHeaders::handle);
        // 2. Newsroom responses are never cached; no other response keeps the CSRF cookie.
        router.route().order(FIRST + 1).handler(newsroomHeaders::handle);
        // 3. The stylesheet, script and icon under their fingerprinted names.
        assets.install(router, FIRST + 2);
        // 4. The view beacon: counted ahead of authentication, which it does not need.
        router.post("/views/:id").order(FIRST + 3).handler(views::count);
        // 5. Signing in: the form's token and origin checked, the throttle, a session opened.
        signIn.install(router, FIRST + 4);
        // 6. Public pages: from the page cache, else rendered on the event loop or a worker.
        pages.install(router, FIRST + 5);
        // 7. Quarkus: authentication, then the REST layer (the newsroom and the sign-in page).
        // 8. Last, a path nothing answered: the 404 page.
        router.route().last().handler(errors::notFound);
    }
}
