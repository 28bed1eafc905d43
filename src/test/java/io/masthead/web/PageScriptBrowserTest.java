package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.popular.ViewCounter;
import io.masthead.section.Section;
import io.masthead.support.Chromium;
import io.masthead.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The site's one script in a real browser under the strict Content-Security-Policy: it runs (the
 * view is counted, Load more appends in place) and the browser reports no violation or error.
 */
@QuarkusTest
class PageScriptBrowserTest {

    private static Chromium browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    ViewCounter views;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anArticlePageCountsItsViewWithoutBreakingThePolicy() {
        Section section = fixtures.section(Fixtures.unique("beacon"), null);
        Article article = fixtures.article("Beacon story", section, null, null, ArticleStatus.PUBLISHED, Instant.now());
        long before = views.pendingViews() + views.writtenViews();

        browser.driver().get(url(article.url()));

        browser.waiting().until(driver -> views.pendingViews() + views.writtenViews() > before);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void loadMoreAppendsTheNextItemsAndMovesFocusToTheFirst() {
        Section section = fixtures.section(Fixtures.unique("river"), null);
        Instant at = Instant.parse("2020-02-02T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            fixtures.article("River story " + i, section, null, null, ArticleStatus.PUBLISHED, at.minusSeconds(i));
        }

        browser.driver().get(url(section.url() + "?size=2"));
        assertEquals(2, items().size());
        // Into the middle of the window at once, then clicked when it stopped moving: the header's section
        // list grows with every section the suite makes, and the link moved out from under the click.
        WebElement loadMore = browser.driver().findElement(By.cssSelector("a.load-more__link"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", loadMore);
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(loadMore));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", loadMore);
        loadMore.sendKeys(org.openqa.selenium.Keys.ENTER);

        browser.waiting().until(driver -> items().size() == 4);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("River story 2", focused.getText());
        // The address stays the page's own: reload and Back rebuild the list (ReadersPlaceBrowserTest).
        assertTrue(browser.driver().getCurrentUrl().endsWith(section.url() + "?size=2"), browser.driver().getCurrentUrl());
        assertEquals(List.of(), browser.consoleErrors());
    }

    private List<WebElement> items() {
        return browser.driver().findElements(By.cssSelector("[data-river-list] > li"));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
