package io.masthead.admin.article;

import io.masthead.admin.NewsroomForm;
import io.masthead.article.Article;
import io.masthead.article.ArticleKind;
import io.masthead.article.ArticleStatus;
import io.masthead.author.Author;
import io.masthead.search.Highlight;
import io.masthead.web.PlainText;
import io.masthead.section.Section;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The article list: one page of rows, the filters as chosen, and the link to the next page. */
public record ArticleListPage(StaffArticleQuery query, List<Row> rows, String nextCursor, List<Section> sections,
        List<Author> authors) {

    /**
     * One piece: its headline and, when words were searched, the passage they matched in (both
     * with the words marked), its bylines as names, and who saved its words last.
     */
    public record Row(Article article, Highlight headline, Highlight passage, String bylines, String lastSavedBy) {

        public boolean live() {
            return article.status == ArticleStatus.PUBLISHED;
        }
    }

    /** The words as typed, for the search box: without control characters a page cannot hold. */
    public String text() {
        return query.text() == null ? "" : PlainText.line(query.text());
    }

    public boolean filtered() {
        return !text().isBlank() || query.status() != null || query.sectionId() != null || query.authorId() != null
                || query.kind() != null;
    }

    public List<NewsroomForm.Option> statusOptions() {
        List<NewsroomForm.Option> options = new ArrayList<>();
        options.add(new NewsroomForm.Option("", "Any status", query.status() == null));
        for (ArticleStatus s : ArticleStatus.values()) {
            options.add(new NewsroomForm.Option(s.name(), s.label, s == query.status()));
        }
        return options;
    }

    public List<NewsroomForm.Option> kindOptions() {
        List<NewsroomForm.Option> options = new ArrayList<>();
        options.add(new NewsroomForm.Option("", "Any kind", query.kind() == null));
        for (ArticleKind k : ArticleKind.values()) {
            options.add(new NewsroomForm.Option(k.name(), k.label, k == query.kind()));
        }
        return options;
    }

    public List<NewsroomForm.Option> sectionOptions() {
        List<NewsroomForm.Option> options = new ArrayList<>();
        options.add(new NewsroomForm.Option("", "Any section", query.sectionId() == null));
        SectionTree.ordered(sections).forEach(s -> options.add(new NewsroomForm.Option(String.valueOf(s.id),
                SectionTree.indented(s), s.id.equals(query.sectionId()))));
        return options;
    }

    public List<NewsroomForm.Option> authorOptions() {
        List<NewsroomForm.Option> options = new ArrayList<>();
        options.add(new NewsroomForm.Option("", "Any author", query.authorId() == null));
        authors.forEach(a -> options.add(new NewsroomForm.Option(String.valueOf(a.id),
                a.contributor ? a.name + " (guest)" : a.name, a.id.equals(query.authorId()))));
        return options;
    }

    /** The next page's address: the same filters, from after the last row. */
    public String nextUrl() {
        StringBuilder url = new StringBuilder("/admin/articles?after=").append(nextCursor);
        param(url, "q", query.text());
        param(url, "status", query.status() == null ? null : query.status().name());
        param(url, "section", query.sectionId() == null ? null : query.sectionId().toString());
        param(url, "author", query.authorId() == null ? null : query.authorId().toString());
        param(url, "kind", query.kind() == null ? null : query.kind().name());
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
