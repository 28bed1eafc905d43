package io.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The people's query language, read once for both engines. */
class SearchQueryTest {

    private static List<List<String>> groups(SearchQuery query) {
        return query.required().stream().map(g -> g.alternatives().stream()
                .map(t -> t.phrase() ? "\"" + t.text() + "\"" : t.text()).toList()).toList();
    }

    @Test
    void wordsPhrasesExclusionsAndOr() {
        SearchQuery query = SearchQuery.parse("senate \"budget deal\" -tax  shutdown OR recess");
        assertEquals(List.of(List.of("senate"), List.of("\"budget deal\""), List.of("shutdown", "recess")), groups(query));
        assertEquals(List.of("tax"), query.excluded().stream().map(SearchQuery.Term::text).toList());
        assertEquals(List.of("\"x y\""), groups(SearchQuery.parse("-\"a b\" \"x y\"")).get(0));
        assertEquals("a b", SearchQuery.parse("-\"a b\" x").excluded().get(0).text());
    }

    @Test
    void wordsTypedSideBySideArePairsButNotAcrossPhrasesOrExclusionsOrOr() {
        assertEquals(List.of("city budget", "budget hearing"), SearchQuery.parse("city budget hearing").typedPairs());
        assertEquals(List.of(), SearchQuery.parse("budget -tax hearing").typedPairs());
        assertEquals(List.of(), SearchQuery.parse("\"city budget\" hearing").typedPairs());
        assertEquals(List.of("recess vote"), SearchQuery.parse("shutdown OR budget recess vote").typedPairs());
        assertEquals(List.of(), SearchQuery.parse("field:value budget").typedPairs());
        assertEquals(List.of(), SearchQuery.parse("budget").typedPairs());
    }

    @Test
    void orOnlyJoinsTwoThingsToFindAndLowerCaseOrIsAWord() {
        assertEquals(List.of(List.of("a")), groups(SearchQuery.parse("OR a OR")));
        assertEquals(List.of(List.of("a"), List.of("or"), List.of("b")), groups(SearchQuery.parse("a or b")));
        assertEquals(List.of(List.of("b")), groups(SearchQuery.parse("-a OR b")));
        assertEquals(List.of(List.of("a", "b", "c")), groups(SearchQuery.parse("a OR b OR c")));
    }

    @Test
    void everythingElseIsTextAndSymbolsAloneAreNothing() {
        assertEquals(List.of(List.of("field:value"), List.of("(x)")), groups(SearchQuery.parse("field:value (x) *:* (((( \\ -")));
        assertTrue(SearchQuery.parse("*:* (((( \\\\ --- \"\" 📰").isEmpty());
        assertTrue(SearchQuery.parse("-only -exclusions").isEmpty());
        assertEquals(List.of(List.of("\"unclosed quote\"")), groups(SearchQuery.parse("\"unclosed quote")));
    }

    @Test
    void controlCharactersAndLoneSurrogatesGoAndSpacesCollapse() {
        SearchQuery query = SearchQuery.parse("  a\u0000b\tc\uD800 \u2003 d\n");
        assertEquals("ab c d", query.text());
    }

    @Test
    void aLongQueryIsCutAtSixteenTermsAndSaysSo() {
        SearchQuery query = SearchQuery.parse("w ".repeat(40));
        assertEquals(SearchQuery.MAX_TERMS, query.requiredTerms().size());
        assertTrue(query.shortened());
    }

    @Test
    void aCorrectionReplacesOneWordAndKeepsTheRestAsTyped() {
        SearchQuery query = SearchQuery.parse("senat \"budget deal\" -tax");
        assertEquals("senate \"budget deal\" -tax", query.replacing(query.requiredTerms().get(0), "senate"));
    }
}
