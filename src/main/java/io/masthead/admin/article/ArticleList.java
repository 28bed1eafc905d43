package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.article.ArticleAuthor;
import io.masthead.author.Author;
import io.masthead.search.Highlight;
import io.masthead.section.Section;
import io.masthead.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The newsroom's article list: what {@link StaffArticleSearch} finds, loaded in three queries for
 * the page (articles, bylines, last savers), and the shortcut from a public address or an id to
 * the piece's edit form.
 */
@ApplicationScoped
public class ArticleList {

    /** An article id alone, or a public article address (".../{id}-{slug}"), pasted into the search. */
    private static final Pattern ID_OR_URL = Pattern.compile("^\\s*(?:#?(\\d{1,18})|(?:https?://[^/\\s]+)?/[^\\s]*?/(\\d{1,18})-[a-z0-9-]+/?(?:[?#]\\S*)?)\\s*$");

    private final StaffArticleSearch search;
    private final ArticleAccess access;

    ArticleList(StaffArticleSearch search, ArticleAccess access) {
        this.search = search;
        this.access = access;
    }

    /** The piece a pasted id or public address names, when this user may see it. */
    public Optional<Long> named(User viewer, String text) {
        Matcher m = text == null ? null : ID_OR_URL.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
        try {
            return Optional.of(access.visible(viewer, id).id);
        } catch (jakarta.ws.rs.NotFoundException e) {
            return Optional.empty();
        }
    }

    public ArticleListPage page(StaffArticleQuery query) {
        StaffArticleSearch.Found found = search.find(query);
        List<Long> ids = found.hits().stream().map(StaffArticleSearch.Hit::articleId).toList();
        Map<Long, Article> articles = ids.isEmpty() ? Map.of() : Article.<Article>find("""
                select a from Article a join fetch a.section s left join fetch s.parent left join fetch a.createdBy
                where a.id in ?1""", ids).list().stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<Long, String> bylines = bylines(ids);
        Map<Long, String> savers = lastSavers(ids);
        List<ArticleListPage.Row> rows = found.hits().stream().filter(hit -> articles.containsKey(hit.articleId()))
                .map(hit -> row(hit, articles.get(hit.articleId()), bylines, savers))
                .toList();
        String next = found.next() == null ? null : found.next().token();
        return new ArticleListPage(query, rows, next, Section.allWithParents(), Author.list("order by name"));
    }

    private static ArticleListPage.Row row(StaffArticleSearch.Hit hit, Article article, Map<Long, String> bylines,
            Map<Long, String> savers) {
        Highlight headline = hit.headline() != null ? hit.headline() : Highlight.plain(article.headline);
        Highlight passage = hit.passage() != null ? hit.passage() : Highlight.EMPTY;
        return new ArticleListPage.Row(article, headline, passage, bylines.getOrDefault(article.id, ""),
                savers.get(article.id));
    }

    private static Map<Long, String> bylines(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ArticleAuthor.<ArticleAuthor>find(
                "select l from ArticleAuthor l join fetch l.author where l.article.id in ?1 order by l.position", ids)
                .list().stream().collect(Collectors.groupingBy(l -> l.article.id,
                        Collectors.mapping(l -> l.author.name, Collectors.joining(", "))));
    }

    private static Map<Long, String> lastSavers(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = ArticleRevision.getEntityManager().createQuery("""
                select r.article.id, u.displayName from ArticleRevision r join r.user u
                where r.id in (select max(r2.id) from ArticleRevision r2 where r2.article.id in ?1 group by r2.article.id)""",
                Object[].class).setParameter(1, ids).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1], (a, b) -> a));
    }
}
