package io.masthead.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.ArticleStatus;
import io.masthead.section.Section;
import io.masthead.support.Chromium;
import io.masthead.support.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Load more" keeps the reader's place in a real browser: after items were added, a reload and a
 * Back to the list show the same items at the same scroll position, the address stays the page's
 * own (the front page's too), and a story opened from the added items returns to them.
 */
@QuarkusTest
class ReadersPlaceBrowserTest {

    private static final int PAGE = 4;
    private static Chromium browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    private Section section;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void aLongRiver() {
        browser.size(Chromium.DESKTOP);
        section = fixtures.section(Fixtures.unique("place"), null);
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS);
        for (int i = 0; i < 14; i++) {
            fixtures.article("Place story " + i, section, null, null, ArticleStatus.PUBLISHED, at.minusSeconds(i));
        }
    }

    @Test
    void reloadShowsTheSameItemsAtTheSameScrollPosition() {
        String address = url(section.url() + "?size=" + PAGE);
        browser.driver().get(address);
        loadMore(2 * PAGE);
        loadMore(3 * PAGE);
        long y = scrollTo(900);

        browser.driver().navigate().refresh();

        browser.waiting().until(driver -> headlines().size() == 3 * PAGE);
        assertEquals(headlinesFor(3 * PAGE), headlines());
        assertEquals(address, browser.driver().getCurrentUrl());
        assertSteadyAt(y);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aStoryOpenedFromTheAddedItemsReturnsToThem() {
        String address = url(section.url() + "?size=" + PAGE);
        browser.driver().get(address);
        loadMore(2 * PAGE);
        WebElement added = browser.driver().findElements(By.cssSelector("[data-river-list] > li h2 a")).get(PAGE + 1);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", added);
        long y = scrollY();

        added.click();
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("place-story-5"));
        browser.driver().navigate().back();

        browser.waiting().until(driver -> driver.getCurrentUrl().equals(address) && headlines().size() == 2 * PAGE);
        assertEquals(headlinesFor(2 * PAGE), headlines());
        assertSteadyAt(y);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void backLeavesTheListInOneStepBecauseLoadMoreAddsNoHistoryEntry() {
        String before = url("/most-popular/");
        browser.driver().get(before);
        String address = url(section.url() + "?size=" + PAGE);
        browser.driver().get(address);
        loadMore(2 * PAGE);
        loadMore(3 * PAGE);
        assertEquals(address, browser.driver().getCurrentUrl());

        browser.driver().navigate().back();

        browser.waiting().until(driver -> driver.getCurrentUrl().equals(before));
    }

    @Test
    void theFrontPageKeepsItsOwnAddressAndItsAddedItems() {
        String home = url("/");
        browser.driver().get(home);
        int first = homeItems().size();
        WebElement more = browser.driver().findElement(By.cssSelector(".home-latest a.load-more__link"));
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", more);
        more.click();
        browser.waiting().until(driver -> homeItems().size() > first);
        int grown = homeItems().size();
        assertEquals(home, browser.driver().getCurrentUrl());
        WebElement added = homeItems().get(first).findElement(By.cssSelector(".card__headline"));
        assertEquals("h3", added.getTagName(), "added cards take the front page's heading level");

        browser.driver().navigate().refresh();

        browser.waiting().until(driver -> homeItems().size() == grown);
        assertEquals(home, browser.driver().getCurrentUrl());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aFreshVisitStartsFromTheFirstItems() {
        String address = url(section.url() + "?size=" + PAGE);
        browser.driver().get(address);
        loadMore(2 * PAGE);

        browser.driver().get(url("/most-popular/"));
        browser.driver().get(address);

        assertEquals(PAGE, headlines().size());
        assertEquals(0, scrollY());
    }

    private void loadMore(int expected) {
        WebElement link = browser.driver().findElement(By.cssSelector("[data-river] a.load-more__link"));
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        link.click();
        browser.waiting().until(driver -> headlines().size() == expected);
    }

    private List<String> headlines() {
        return browser.driver().findElements(By.cssSelector("[data-river-list] > li h2 a")).stream()
                .map(WebElement::getText).toList();
    }

    private List<WebElement> homeItems() {
        return browser.driver().findElements(By.cssSelector(".home-latest [data-river-list] > li"));
    }

    private static List<String> headlinesFor(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "Place story " + i).toList();
    }

    private long scrollTo(int y) {
        browser.script("window.scrollTo({top: arguments[0], behavior: 'instant'})", y);
        browser.waiting().until(driver -> scrollY() == y);
        return scrollY();
    }

    private long scrollY() {
        return ((Number) browser.script("return Math.round(window.scrollY)")).longValue();
    }

    /**
     * The page is at {@code y} as soon as it has loaded and stays there: the browser may neither
     * restore it late nor move it again once the list is rebuilt.
     */
    private void assertSteadyAt(long y) {
        browser.waiting().until(driver -> "complete".equals(browser.script("return document.readyState")));
        assertEquals(y, scrollY(), "scroll position right after the page loaded");
        browser.script("window.__moved = []; addEventListener('scroll', () => __moved.push(Math.round(scrollY)))");
        sleep(600);
        assertEquals(List.of(), browser.script("return window.__moved"), "the page moved after it loaded");
        assertTrue(Math.abs(scrollY() - y) <= 1, "still at " + y + ", not " + scrollY());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
