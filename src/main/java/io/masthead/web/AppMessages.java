package io.masthead.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every visible string of the reader site: {msg:loadMore}. */
@MessageBundle
public interface AppMessages {

    @Message("Skip to main content")
    String skipToContent();

    @Message("Sections")
    String sections();

    @Message("Load more")
    String loadMore();

    @Message("Loading…")
    String loading();

    @Message("Most Popular")
    String mostPopular();

    @Message("More {section} News")
    String moreSectionNews(String section);

    @Message("See all")
    String seeAll();

    @Message("Corrections")
    String corrections();

    @Message("Tags")
    String tags();

    @Message("By")
    String by();

    @Message("and")
    String and();

    @Message("Published")
    String published();

    @Message("Updated")
    String updated();

    @Message("Top Stories")
    String topStories();

    @Message("Latest")
    String latest();

    @Message("Latest News")
    String latestNews();

    @Message("Video")
    String video();

    @Message("Video channels")
    String videoChannels();

    @Message("Menu")
    String menu();

    @Message("Search stories")
    String searchPlaceholder();

    @Message("RSS feed")
    String rssFeed();

    @Message("Follow {name} by RSS")
    String followByRss(String name);

    @Message("About the site")
    String aboutSite();

    @Message("Last updated")
    String lastUpdated();

    @Message("Nothing has been published here yet.")
    String emptyRiver();

    @Message("You have reached the end.")
    String endOfRiver();

    @Message("Home")
    String home();

    @Message("Search")
    String search();

    @Message("Search the site")
    String searchLabel();

    @Message("Articles by {name}")
    String articlesBy(String name);

    @Message("Stories tagged {name}")
    String storiesTagged(String name);

    @Message("Subsections")
    String subsections();

    @Message("Duration")
    String duration();

    @Message("Image")
    String imageCredit();

    @Message("Transcript")
    String transcript();

    @Message("Most Popular — the most-read stories of the last two days")
    String mostPopularTitle();

    @Message("No story has been read enough yet to rank. Check back soon.")
    String mostPopularEmpty();

    @Message("Back to the front page")
    String backHome();

    @Message("Opinion")
    String opinion();

    @Message("Analysis")
    String analysis();

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Footer")
    String footer();

    @Message("All rights reserved.")
    String rights();

    @Message("Page {n}")
    String page(int n);
}
