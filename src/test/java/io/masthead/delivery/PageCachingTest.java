package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Fixtures;
import io.masthead.support.Html;
import io.masthead.support.SqlCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PageCachingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SqlCounter sql;

    @Inject
    PageCache pageCache;

    @Test
    void aSecondReadOfAPageCostsNoSqlAndPublishingShowsAtOnce() {
        Section section = fixtures.section(Fixtures.unique("cached"), null);
        Article first = fixtures.article("First cached story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        Html.get(first.url());
        Html.get(section.url());
        long before = sql.statements();
        Html.get(first.url());
        Html.get(section.url());
        assertEquals(0, sql.statements() - before, "cached pages issue no SQL");

        Article second = fixtures.article("Second cached story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        assertTrue(Html.get(section.url()).select(".river__item h2 a").eachAttr("href").contains(second.url()));
        fixtures.setStatus(second.id, ArticleStatus.UNPUBLISHED);
        assertFalse(Html.get(section.url()).select(".river__item h2 a").eachAttr("href").contains(second.url()));
    }

    @Test
    void pagesCarryAnEtagAndAnswerConditionalRequestsWith304() {
        Section section = fixtures.section(Fixtures.unique("etag"), null);
        Article article = fixtures.article("Conditional story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        for (String path : new String[] {article.url(), section.url(), "/", "/latest/", "/video/"}) {
            Response first = given().get(path);
            String etag = first.header("ETag");
            assertTrue(etag != null && etag.startsWith("\""), path);
            assertTrue(first.header("Cache-Control").startsWith("public, max-age="), path);
            assertTrue(first.header("Cache-Control").contains("stale-while-revalidate"), path);
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
            given().header("If-None-Match", "\"stale\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void articlesMayBeKeptLongerThanFronts() {
        Section section = fixtures.section(Fixtures.unique("ages"), null);
        Article article = fixtures.article("Aged story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        assertEquals(Freshness.ARTICLE.cacheControl, given().get(article.url()).header("Cache-Control"));
        assertEquals(Freshness.FRONT.cacheControl, given().get(section.url()).header("Cache-Control"));
    }

    @Test
    void cachedPagesAreServedGzippedToClientsThatAskAndIdenticalOtherwise() {
        Section section = fixtures.section(Fixtures.unique("gzip"), null);
        fixtures.article("Zipped story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        String plain = given().get(section.url()).asString();
        Response zipped = given().header("Accept-Encoding", "gzip").get(section.url());
        assertEquals("gzip", zipped.header("Content-Encoding"));
        assertEquals(plain, zipped.asString());
        assertEquals(plain, given().get(section.url()).asString());
        assertTrue(given().get(section.url()).header("Vary").contains("Accept-Encoding"));
    }

    @Test
    void cachedPagesAreServedInBrotliWhenPreferredAndRefusedCodingsAreNeverSent() throws Exception {
        Section section = fixtures.section(Fixtures.unique("brotli"), null);
        fixtures.article("Squeezed story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        byte[] plain = given().get(section.url()).asByteArray();
        Response br = raw().header("Accept-Encoding", "gzip, deflate, br").get(section.url());
        assertEquals("br", br.header("Content-Encoding"));
        com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
        byte[] decoded = com.aayushatharva.brotli4j.decoder.Decoder.decompress(br.asByteArray()).getDecompressedData();
        assertEquals(new String(plain, java.nio.charset.StandardCharsets.UTF_8),
                new String(decoded, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("gzip", raw().header("Accept-Encoding", "br;q=0, gzip").get(section.url()).header("Content-Encoding"));
        assertEquals(null, raw().header("Accept-Encoding", "br;q=0, gzip;q=0").get(section.url()).header("Content-Encoding"));
        assertEquals(null, raw().header("Accept-Encoding", "identity").get(section.url()).header("Content-Encoding"));
    }

    /**
     * An archive article is kept gzipped at the fastest level, in a fraction of its bytes (so many
     * more fit in the budget of one-item pages), inflated for a client that takes no coding, sent
     * as it is to one that takes gzip, and given brotli once it is asked for again.
     */
    @Test
    void anArticlePageIsKeptGzippedAndGetsBrotliOnceAskedForAgain() throws Exception {
        Section section = fixtures.section(Fixtures.unique("again"), null);
        Article article = fixtures.article("Asked again", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        long singleBefore = pageCache.weight(Reach.SINGLE);
        Response rendered = raw().header("Accept-Encoding", "identity").get(article.url());
        String plain = rendered.asString();
        for (int attempt = 0; attempt < 50 && pageCache.weight(Reach.SINGLE) == singleBefore; attempt++) {
            Thread.sleep(20);
        }
        long kept = pageCache.weight(Reach.SINGLE) - singleBefore;
        assertTrue(kept > 256 && kept < 256 + plain.length() / 2, "kept in " + kept + " bytes for a page of " + plain.length());

        Response fromMemory = raw().header("Accept-Encoding", "identity").get(article.url());
        assertEquals(null, fromMemory.header("Content-Encoding"));
        assertEquals(plain, fromMemory.asString());
        assertEquals(rendered.header("ETag"), fromMemory.header("ETag"));
        Response gzip = given().header("Accept-Encoding", "gzip").get(article.url());
        assertEquals("gzip", gzip.header("Content-Encoding"));
        assertEquals(plain, gzip.asString());
        Response br = null;
        for (int attempt = 0; attempt < 50 && (br == null || !"br".equals(br.header("Content-Encoding"))); attempt++) {
            Thread.sleep(20);
            br = raw().header("Accept-Encoding", "br").get(article.url());
        }
        assertEquals("br", br.header("Content-Encoding"), "compressed once it was asked for again");
        com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
        byte[] decoded = com.aayushatharva.brotli4j.decoder.Decoder.decompress(br.asByteArray()).getDecompressedData();
        assertEquals(plain, new String(decoded, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(rendered.header("ETag"), br.header("ETag"));
    }

    /** A request that sends only the Accept-Encoding given, and leaves the body as it came. */
    private static io.restassured.specification.RequestSpecification raw() {
        return given().config(io.restassured.RestAssured.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void errorsAndRedirectsAreNotCachedAndSayNoStore() {
        assertEquals("no-store", given().get("/tag/never-there/").header("Cache-Control"));
        assertEquals("no-store", given().get("/latest/?cursor=bad").header("Cache-Control"));
    }

    @Test
    void stylesheetScriptAndIconAreFingerprintedAndImmutable() {
        org.jsoup.nodes.Document doc = Html.get("/");
        for (String url : new String[] {doc.selectFirst("link[rel=stylesheet]").attr("href"),
            doc.selectFirst("script[src]").attr("src"), doc.selectFirst("link[rel=icon]").attr("href")}) {
            assertTrue(url.matches("/assets/[a-z]+\\.[0-9a-f]{10}\\.(css|js|svg)"), url);
            given().get(url).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("X-Content-Type-Options", "nosniff");
        }
    }
}
