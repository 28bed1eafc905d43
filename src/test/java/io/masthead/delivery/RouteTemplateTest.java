package io.masthead.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The route table the pipeline builds from the pages' templates, as a path meets it. */
@QuarkusTest
class RouteTemplateTest {

    @Inject
    PageServer server;

    @ParameterizedTest
    @CsvSource({
        "/, /",
        "/latest/, /latest/",
        "/latest, /latest/",
        "/politics/, /{section}/",
        "/politics, /{section}/",
        "/politics/congress/, /{section}/{subsection}/",
        "/politics/123-a-story, /{section}/{article}",
        "/politics/2026-race/, /{section}/{subsection}/",
        "/politics/congress/123-a-story, /{section}/{subsection}/{article}",
        "/politics/rss.xml, /{section}/rss.xml",
        "/tag/senate/, /tag/{slug}/",
        "/tag/senate/rss.xml, /tag/{slug}/rss.xml",
        "/video/42-a-clip, /video/{video}",
        "/video/the-show/, /video/{channel}/",
        "/video/42/captions.vtt, /video/{id}/captions.vtt",
        "/media/0123abcd-640.jpg, /media/{name}",
        "/sitemaps/pages.xml, /sitemaps/pages.xml",
        "/sitemaps/articles-3.xml, /sitemaps/{kind}-{page}.xml",
    })
    void aPathMeetsTheMostSpecificPageThatMatches(String path, String route) {
        assertEquals(Optional.of(route), match(path).map(RouteTemplate::name), path);
    }

    /** What another part of the site owns is never taken for a section front. */
    @ParameterizedTest
    @CsvSource({"/admin", "/admin/", "/admin/articles", "/admin/articles/12", "/login", "/logout", "/q/health/ready",
        "/q/health", "/assets/site.css", "/views/12", "/j_security_check", "/tag/", "/POLITICS/", "/politics/Congress/",
        "/politics/congress/12/extra"})
    void pathsOthersOwnMatchNoPage(String path) {
        assertEquals(Optional.empty(), match(path).map(RouteTemplate::name), path);
    }

    @Test
    void templatesNameTheirParametersAndHideTheirExpressions() {
        RouteTemplate template = RouteTemplate.of("/sitemaps/{kind:[a-z]{1,20}}-{page:\\d{1,9}}.xml");
        assertEquals("/sitemaps/{kind}-{page}.xml", template.name());
        assertEquals(List.of("kind", "page"), template.parameters());
        Matcher m = template.pattern().matcher("/sitemaps/tags-12.xml");
        assertTrue(m.matches());
        assertEquals("tags", m.group("kind"));
        assertEquals("12", m.group("page"));
        assertFalse(template.isListing());
        assertTrue(RouteTemplate.of("/tag/{slug}/").isListing());
    }

    private Optional<RouteTemplate> match(String path) {
        return server.pages().stream().map(PublicPage::route).filter(t -> t.pattern().matcher(path).matches()).findFirst();
    }
}
