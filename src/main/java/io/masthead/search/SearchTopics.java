package io.masthead.search;

import io.masthead.article.ArticleAuthor;
import io.masthead.article.ArticleTag;
import io.masthead.author.Author;
import io.masthead.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.stream.Collectors;

/**
 * Tags and people a query names, linked above the results: tags whose name is the query, and
 * authors whose name holds every word of it ("calloway", "ruth calloway"). Only those with a
 * published article, so a tag created by an unpublished draft is never revealed.
 */
@ApplicationScoped
public class SearchTopics {

    private static final int MAX_PEOPLE = 3;

    public record Matches(List<Tag> tags, List<Author> people) {
        public boolean isEmpty() {
            return tags.isEmpty() && people.isEmpty();
        }
    }

    public Matches find(SearchQuery query) {
        if (query.isEmpty() || !query.excluded().isEmpty() || query.required().stream().anyMatch(g -> g.alternatives().size() > 1)) {
            return new Matches(List.of(), List.of());
        }
        String name = query.requiredTerms().stream().map(SearchQuery.Term::text).collect(Collectors.joining(" "));
        List<String> words = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.size() > 4) {
            return new Matches(List.of(), List.of());
        }
        List<Tag> tags = Tag.<Tag>list("lower(name) = ?1", name.toLowerCase(Locale.ROOT)).stream()
                .filter(SearchTopics::published).limit(MAX_PEOPLE).toList();
        return new Matches(tags, people(words));
    }

    private static List<Author> people(List<String> words) {
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        List<Author> candidates = Author.list("lower(name) like ?1 order by name", "%" + longest + "%");
        return candidates.stream()
                .filter(a -> new HashSet<>(Arrays.asList(a.name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))).containsAll(words))
                .filter(SearchTopics::published)
                .limit(MAX_PEOPLE)
                .toList();
    }

    private static boolean published(Tag tag) {
        return ArticleTag.find("tag.id = ?1 and listedAt is not null", tag.id).firstResultOptional().isPresent();
    }

    private static boolean published(Author author) {
        return ArticleAuthor.find("author.id = ?1 and listedAt is not null", author.id).firstResultOptional().isPresent();
    }
}
