package io.masthead.admin.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.search.SearchEngine;
import io.masthead.section.Section;
import io.masthead.support.Browser;
import io.masthead.support.Chromium;
import io.masthead.support.Fixtures;
import io.masthead.support.Pictures;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The newsroom in a real browser, under the strict CSP: signing in, writing with the toolbar and
 * the media library, the live preview, the warning on leaving, the autosave offered back,
 * submitting; an editor finding a piece by a word of its headline and restoring a revision.
 */
@QuarkusTest
class NewsroomBrowserTest {

    private static Chromium browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    SearchEngine engine;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aFailedSignInSaysSo() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/login"));
        browser.driver().findElement(By.id("j_username")).sendKeys("nobody-" + Fixtures.unique("x"));
        browser.driver().findElement(By.id("j_password")).sendKeys("not the password");
        click(browser.driver().findElement(By.cssSelector(".login__submit")));
        browser.waiting().until(ExpectedConditions.urlContains("/login?error"));
        String alert = browser.driver().findElement(By.cssSelector(".login [role=alert]")).getText();
        assertTrue(alert.contains("did not match an account"), alert);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void writeWithTheToolbarAndALibraryImageLeaveComeBackAndSubmit() {
        Section section = fixtures.section();
        User writer = fixtures.user(Role.CONTRIBUTOR);
        String alt = "Gulls over the " + Fixtures.unique("quay");
        Response uploaded = fixtures.signedIn(writer).form("/admin/media", "form[action=/admin/media][enctype]")
                .set("alt", alt).set("credit", "Staff photo").file("image", Pictures.png(480, 270, Color.GREEN)).submit();
        assertEquals(303, uploaded.statusCode());
        signIn(writer);

        browser.driver().get(url("/admin/articles/new"));
        browser.driver().findElement(By.id("headline")).sendKeys("Harbor gulls return");
        new Select(browser.driver().findElement(By.id("section"))).selectByValue(String.valueOf(section.id));
        WebElement body = browser.driver().findElement(By.id("body"));
        body.sendKeys("The gulls are back");
        body.sendKeys(Keys.chord(Keys.SHIFT, Keys.HOME));
        click(tool("Bold"));
        assertEquals("**The gulls are back**", body.getAttribute("value"));
        body.sendKeys(Keys.END, ". ");

        click(tool("Image"));
        WebElement insert = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("dialog.picker .media-grid__insert[data-markdown*='" + alt + "']")));
        click(insert);
        assertTrue(body.getAttribute("value").contains("![" + alt + "](/media/"), body.getAttribute("value"));

        browser.waiting().until(d -> !d.findElements(By.cssSelector(".editor__preview strong")).isEmpty()
                && !d.findElements(By.cssSelector(".editor__preview img[alt='" + alt + "']")).isEmpty());
        assertTrue(browser.driver().findElement(By.id("body-count")).getText().startsWith("4 words"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".autosave-status"), "kept"));

        // Leaving with unsaved words: the page asks the browser to warn (headless Chromium shows no dialog,
        // so the test reads the page's answer to the event the browser sends before leaving).
        Boolean warned = browser.script("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
        assertTrue(warned, "unsaved words: the page asks for the warning");
        // The tab is left as it is; coming back in a new one, the autosaved words are offered.
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.driver().get(url("/admin/articles/new"));
        click(browser.driver().findElement(By.cssSelector("#autosave-offer a.button")));
        assertTrue(browser.driver().findElement(By.id("body")).getAttribute("value").startsWith("**The gulls are back**"));
        new Select(browser.driver().findElement(By.id("section"))).selectByValue(String.valueOf(section.id));
        click(browser.driver().findElement(By.cssSelector(".article-form__actions button[type=submit]:not([formaction])")));
        browser.waiting().until(ExpectedConditions.urlMatches(".*/admin/articles/\\d+$"));

        click(browser.driver().findElement(By.cssSelector("button[formaction$='/submit']")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"), "Submitted"));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/", ""));
        Article submitted = fixtures.reloadArticle(id);
        assertEquals(ArticleStatus.IN_REVIEW, submitted.status);
        assertTrue(submitted.bodyMarkdown.contains("![" + alt + "](/media/"), submitted.bodyMarkdown);
        assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("beforeunload")).toList());
    }

    @Test
    void anEditorFindsThePieceByAWordOfItsHeadlineDiffsAndRestoresARevision() {
        Section section = fixtures.section();
        Browser writer = fixtures.signedIn(fixtures.user(Role.EDITOR));
        String word = Fixtures.unique("cormorant").replace("-", "");
        Response created = writer.form("/admin/articles/new", "form#article-form").set("headline", "The " + word + " census")
                .set("body", "Forty birds nest on the breakwater.").set("section", String.valueOf(section.id)).submit();
        String edit = created.header("Location").replaceAll("^https?://[^/]+", "");
        assertEquals(303, writer.form(edit, "form#article-form").set("body", "Fifty birds nest on the breakwater.").submit()
                .statusCode());
        engine.awaitCurrent();
        signIn(fixtures.user(Role.EDITOR));

        browser.driver().get(url("/admin/articles"));
        browser.driver().findElement(By.id("q")).sendKeys(word, Keys.ENTER);
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".article-list__headline"))));
        List<WebElement> revisions = browser.driver().findElements(By.cssSelector("section[aria-labelledby=revisions-title] tbody a"));
        assertEquals(2, revisions.size());
        click(revisions.get(0));
        assertEquals("Forty", browser.driver().findElement(By.cssSelector(".diff del")).getText());
        assertEquals("Fifty", browser.driver().findElement(By.cssSelector(".diff ins")).getText());
        click(browser.driver().findElement(By.linkText("Back to the article")));
        click(browser.driver().findElements(By.cssSelector("section[aria-labelledby=revisions-title] tbody a")).get(1));
        click(browser.driver().findElement(By.cssSelector("form[action$='/restore'] button")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"), "Revision restored"));
        long id = Long.parseLong(edit.replaceAll("\\D+", ""));
        assertEquals("Forty birds nest on the breakwater.", fixtures.reloadArticle(id).bodyMarkdown);
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Clicks as a person would, once the element is scrolled into the middle of the viewport. */
    private static void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private WebElement tool(String name) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'editor__toolbar')]/button[text()='" + name + "']")));
    }

    private void signIn(User user) {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url("/login"));
        browser.driver().findElement(By.id("j_username")).sendKeys(user.username);
        browser.driver().findElement(By.id("j_password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlMatches(".*/admin$"));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
