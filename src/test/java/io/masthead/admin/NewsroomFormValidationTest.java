package io.masthead.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.support.Browser;
import io.masthead.support.Fixtures;
import io.masthead.user.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The catalog forms' constraint messages come from the newsroom bundle, beside their fields, with the typed values kept. */
@QuarkusTest
class NewsroomFormValidationTest {

    @Inject
    Fixtures fixtures;

    @Test
    void constraintMessagesNameTheirLimits() {
        Browser editor = fixtures.signedIn(fixtures.user(Role.EDITOR));
        Document tag = refused(editor.form("/admin/tags/new", "form.form").set("name", "x".repeat(121)).set("slug", "ok"));
        assertEquals("Use at most 120 characters.", tag.select("#f-name-error").text());
        assertEquals("x".repeat(121), tag.selectFirst("input#f-name").attr("value"));
        assertEquals("true", tag.selectFirst("input#f-name").attr("aria-invalid"));
        assertEquals("f-name-error", tag.selectFirst("input#f-name").attr("aria-describedby"));

        Document empty = refused(editor.form("/admin/tags/new", "form.form").set("name", " \u0001 "));
        assertEquals("This cannot be empty.", empty.select("#f-name-error").text());

        Document section = refused(editor.form("/admin/sections/new", "form.form").set("name", "Desk").set("position", "ten"));
        assertEquals("Give a whole number.", section.select("#f-position-error").text());
        assertEquals("ten", section.selectFirst("input#f-position").attr("value"));

        Document video = refused(editor.form("/admin/videos/new", "form.form").set("title", "Clip").set("duration", "0")
                .set("source", "/assets/video/demo-clip.webm"));
        assertEquals("Give a number from 1 to 86400.", video.select("#f-duration-error").text());
        Document noDuration = refused(editor.form("/admin/videos/new", "form.form").set("title", "Clip").set("duration", "")
                .set("source", "//elsewhere.example/clip.webm"));
        assertEquals("Give a number.", noDuration.select("#f-duration-error").text());
        assertEquals("Use a path on this site, starting with a single /.", noDuration.select("#f-source-error").text());
    }

    @Test
    void userFormMessages() {
        Browser admin = fixtures.signedIn(fixtures.user(Role.ADMIN));
        Document doc = refused(admin.form("/admin/users/new", "form.form").set("username", "Bad Name!")
                .set("displayName", "").set("password", "short"));
        assertEquals("Use 2–64 lowercase letters, digits, dots, hyphens or underscores.", doc.select("#f-username-error").text());
        assertEquals("This cannot be empty.", doc.select("#f-displayName-error").text());
        assertEquals("Use at least 8 characters.", doc.select("#f-password-error").text());
    }

    private static Document refused(Browser.Form form) {
        Response response = form.submit();
        assertEquals(400, response.statusCode(), response.body().asString());
        return Jsoup.parse(response.body().asString());
    }
}
