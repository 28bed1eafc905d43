package io.masthead.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The visible strings of the search page: {search:noResults(query)}. */
@MessageBundle("search")
public interface SearchMessages {

    @Message("Search")
    String title();

    @Message("Search results for “{query}”")
    String titleFor(String query);

    @Message("Search the site's articles by their words, with filters by section, author, kind and date.")
    String description();

    @Message("Search articles")
    String landmark();

    @Message("Search for")
    String searchFor();

    @Message("Search")
    String submit();

    @Message("Narrow the results")
    String filters();

    @Message("Section")
    String section();

    @Message("All sections")
    String anySection();

    @Message("Kind")
    String kind();

    @Message("All kinds")
    String anyKind();

    @Message("Date")
    String date();

    @Message("Any time")
    String anyTime();

    @Message("Past day")
    String pastDay();

    @Message("Past week")
    String pastWeek();

    @Message("Past month")
    String pastMonth();

    @Message("Past year")
    String pastYear();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Sort by")
    String sort();

    @Message("Best match")
    String relevance();

    @Message("Newest first")
    String newest();

    @Message("1 result")
    String oneResult();

    @Message("{count} results")
    String results(String count);

    @Message("More than {count} results")
    String moreThan(String count);

    @Message("Results")
    String resultsHeading();

    @Message("Did you mean")
    String didYouMean();

    @Message("No articles match your search.")
    String noResults();

    @Message("Check the spelling, try fewer or more general words, or remove a filter.")
    String noResultsHint();

    @Message("Type a word or two to search every published article.")
    String prompt();

    @Message("Searches need a word with a letter or a digit in it; symbols on their own, and words that are only left out, find nothing.")
    String nothingToSearch();

    @Message("Only the first {max} words and phrases were searched.")
    String shortened(int max);

    @Message("Words must all match. Put \"quotes\" around a phrase, a minus before a word to leave it out, and OR between words where either will do.")
    String help();

    @Message("Topics")
    String topics();

    @Message("People")
    String people();

    @Message("Only articles by {name}")
    String onlyBy(String name);

    @Message("Articles by {name} are shown.")
    String filteredBy(String name);

    @Message("Show every author")
    String anyAuthor();

    @Message("Search is being prepared and will be back in a few minutes. The rest of the site works as usual.")
    String unavailable();
}
