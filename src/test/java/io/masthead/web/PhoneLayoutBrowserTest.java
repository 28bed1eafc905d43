package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.support.Chromium;
import io.masthead.support.Html;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** The reader site on a phone, in a real browser, on the demo newsroom. */
@QuarkusTest
class PhoneLayoutBrowserTest {

    private static final Dimension NARROWEST = new Dimension(320, 700);
    private static Chromium browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void theHeaderIsCompactAndItsMenuOpensWithoutAScript() {
        browser.size(Chromium.PHONE);
        browser.driver().get(url("/"));
        WebElement header = browser.driver().findElement(By.cssSelector(".site-header"));
        assertTrue(header.getSize().getHeight() <= 120, "header is " + header.getSize().getHeight() + " px tall");
        assertFalse(browser.driver().findElement(By.cssSelector(".site-nav")).isDisplayed());
        WebElement latest = browser.driver().findElement(By.cssSelector(".site-menu__nav a[href='/latest/']"));
        assertFalse(latest.isDisplayed());

        // A <details> element: the browser opens it, no script involved.
        browser.driver().findElement(By.cssSelector(".site-menu__toggle")).click();

        assertTrue(latest.isDisplayed());
        assertTrue(latest.getSize().getHeight() >= 24, "menu links are tap targets");
        assertTrue(browser.driver().findElement(By.cssSelector(".site-search__input")).isDisplayed());
    }

    @Test
    void onADesktopTheSectionBarShowsAndTheMenuButtonDoesNot() {
        browser.size(Chromium.DESKTOP);
        browser.driver().get(url("/"));
        assertTrue(browser.driver().findElement(By.cssSelector(".site-nav a[href='/latest/']")).isDisplayed());
        assertFalse(browser.driver().findElement(By.cssSelector(".site-menu__toggle")).isDisplayed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/politics/", "/politics/congress/", "/tag/senate/", "/author/theo-lindqvist/",
        "/video/", "/most-popular/", "/latest/", "/info/about/"})
    void nothingScrollsSidewaysAt320Pixels(String path) {
        browser.size(NARROWEST);
        browser.driver().get(url(path));
        assertFitsTheWidth(path);
    }

    @Test
    void anArticleAndAVideoPageFitTooAndStoryCardsHaveThumbnailsBesideTheHeadline() {
        Document home = Html.get("/");
        String article = home.selectFirst(".lead__headline a").attr("href");
        String video = home.selectFirst(".video-card__title a").attr("href");
        browser.size(NARROWEST);
        for (String path : List.of(article, video)) {
            browser.driver().get(url(path));
            assertFitsTheWidth(path);
        }
        browser.size(Chromium.PHONE);
        browser.driver().get(url("/politics/congress/"));
        WebElement card = browser.driver().findElement(By.cssSelector(".river__item .card--image"));
        WebElement thumbnail = card.findElement(By.cssSelector(".card__media img"));
        WebElement headline = card.findElement(By.cssSelector(".card__headline"));
        assertTrue(thumbnail.getSize().getWidth() <= 100, "thumbnail is " + thumbnail.getSize().getWidth() + " px wide");
        assertTrue(thumbnail.getLocation().getX() > headline.getLocation().getX(), "thumbnail beside the headline");
        assertEquals(headline.getLocation().getY(), card.getLocation().getY(), 30, "side by side, not stacked");
    }

    @Test
    void videoRailsScrollSidewaysOnAPhoneInsteadOfStacking() {
        browser.size(Chromium.PHONE);
        browser.driver().get(url("/"));
        WebElement rail = browser.driver().findElement(By.cssSelector(".video-rail__list"));
        long scrollWidth = ((Number) browser.script("return arguments[0].scrollWidth", rail)).longValue();
        long clientWidth = ((Number) browser.script("return arguments[0].clientWidth", rail)).longValue();
        assertTrue(scrollWidth > clientWidth, "the rail's cards run past its width: " + scrollWidth + " > " + clientWidth);
        assertTrue(rail.getSize().getHeight() < 320, "one row of cards, not a stack: " + rail.getSize().getHeight() + " px");
        browser.script("arguments[0].scrollLeft = 200", rail);
        assertTrue(((Number) browser.script("return arguments[0].scrollLeft", rail)).longValue() > 0);
    }

    private void assertFitsTheWidth(String path) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
        assertTrue(scrollWidth <= clientWidth, path + " is " + scrollWidth + " px wide in " + clientWidth);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
