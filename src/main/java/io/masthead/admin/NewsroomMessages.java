package io.masthead.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Visible strings of the newsroom's forms: {newsroom:required} in templates, and
 * {@code message = "{required}"} on constraint annotations (see {@link BundleMessageInterpolator}).
 */
@MessageBundle("newsroom")
public interface NewsroomMessages {

    @Message("This cannot be empty.")
    String required();

    @Message("Use at most {max} characters.")
    String tooLong(int max);

    @Message("Use lowercase letters, digits and single hyphens.")
    String slugRule();

    @Message("Use lowercase letters, digits and single hyphens, e.g. budget-vote-delayed.")
    String articleSlugRule();

    @Message("Give a number.")
    String giveNumber();

    @Message("Give a whole number.")
    String wholeNumber();

    @Message("Give a number from {min} to {max}.")
    String numberRange(int min, int max);

    @Message("Use a path on this site, starting with a single /.")
    String videoSource();

    @Message("Use 2–64 lowercase letters, digits, dots, hyphens or underscores.")
    String usernameRule();

    @Message("Use at least {min} characters.")
    String tooShort(int min);

    @Message("Choose contributor, editor or admin.")
    String chooseRole();

    @Message("Write a headline.")
    String writeHeadline();

    @Message("The body is longer than 1,000,000 characters.")
    String bodyTooLong();

    @Message("Choose news, analysis or opinion.")
    String chooseKind();

    @Message("Choose a section.")
    String chooseSection();

    @Message("Each tag can have at most 120 characters.")
    String tagTooLong();

    @Message("Use at most 20 tags.")
    String tooManyTags();

    @Message("Nothing was saved. Please fix the problems marked below.")
    String nothingSaved();

    @Message("Sign in")
    String signIn();

    @Message("Sign in to the newsroom")
    String signInHeading();

    @Message("Sign in to the newsroom")
    String signInTitle();

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("That username and password did not match an account. Please try again.")
    String signInFailed();

    @Message("Too many attempts to sign in. Please wait a few minutes, then try again.")
    String signInLocked();

    @Message("You are signed out.")
    String signedOut();

    @Message("Back to the site")
    String backToSite();
}
