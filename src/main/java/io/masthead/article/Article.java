package io.masthead.article;

import io.masthead.web.InList;
import io.masthead.delivery.ContentChangeListener;
import io.masthead.author.Author;
import io.masthead.media.Image;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.user.User;
import io.masthead.web.Cursor;
import io.masthead.web.PlainText;
import io.quarkus.panache.common.Parameters;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Entity
@EntityListeners(ContentChangeListener.class)
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String headline;
    public String dek;
    public String bodyMarkdown;
    /** Sanitized when saved; the only article text a template may print raw. */
    public String bodyHtml;

    @Enumerated(EnumType.STRING)
    public ArticleKind kind;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    public Section section;

    /** The top-level section ({@link Section#root()}), so fronts page through one index; set by {@link #placeIn}. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Section rootSection;

    public String authorNote;

    @ManyToOne(fetch = FetchType.LAZY)
    public Image leadImage;

    public String leadCaption;
    public String leadCredit;
    public String leadAlt;

    public Instant featuredAt;
    public Instant publishedAt;
    /** Set only by a substantive update; an ordinary save leaves it alone. */
    public Instant updatedAt;
    public Instant createdAt;
    public Instant modifiedAt;

    @Version
    public int version;

    /** The newsroom account that started the piece: contributors may only touch their own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public User createdBy;

    /** The editor's note when changes were requested. */
    public String reviewNote;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ArticleAuthor> authors = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ArticleTag> tags = new ArrayList<>();

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public String url() {
        return "/" + section.path + "/" + id + "-" + slug;
    }

    /** Files the article under a section; its root section follows, and nothing else sets it. */
    public void placeIn(Section section) {
        this.section = section;
        this.rootSection = section.root();
    }

    /** Saved text holds no control characters or lone surrogates, on either database (see {@link PlainText}). */
    @PrePersist
    @PreUpdate
    void cleanText() {
        headline = PlainText.line(headline);
        dek = PlainText.line(dek);
        leadCaption = PlainText.line(leadCaption);
        leadCredit = PlainText.line(leadCredit);
        leadAlt = PlainText.line(leadAlt);
        authorNote = PlainText.text(authorNote);
        reviewNote = PlainText.text(reviewNote);
        bodyMarkdown = PlainText.text(bodyMarkdown);
        // Sanitized HTML is text too as far as these characters go: none of them is markup.
        bodyHtml = PlainText.text(bodyHtml);
    }

    /** Keeps the tag and author rivers in step with the article's visibility. */
    public void syncListing() {
        Instant listedAt = isPublished() ? publishedAt : null;
        authors.forEach(link -> link.listedAt = listedAt);
        tags.forEach(link -> link.listedAt = listedAt);
    }

    private static final String CARD = """
            select a from Article a join fetch a.section left join fetch a.leadImage
            where a.status = :published""";
    /** "Before the cursor", written so the first condition can seek the newest-first index. */
    private static final String BEFORE = " and a.publishedAt <= :at and (a.publishedAt < :at or a.id < :id)";
    /*
     * Each river's ORDER BY starts with the columns its WHERE fixes, in index order: H2 only
     * reads a listing straight off the index (and stops after one page) when the sort names the
     * index's leading columns too; otherwise it sorts every matching row. Where an association
     * is join-fetched, Hibernate writes "a.section.id" as the joined table's id (s.id), which no
     * article index holds: H2 then walked all million articles for one page of a subsection.
     * fk(a.section) names the article's own column.
     */
    private static final String NEWEST_FIRST = " a.publishedAt desc, a.id desc";

    /** Every published article, newest first, after the cursor. */
    public static List<Article> latest(Cursor cursor, int limit) {
        return river("", "a.status,", Parameters.with("published", ArticleStatus.PUBLISHED), cursor, limit);
    }

    /** A section front's river: a top-level section includes its subsections. */
    public static List<Article> latestInSection(Section section, Cursor cursor, int limit) {
        String column = section.isTopLevel() ? "fk(a.rootSection)" : "fk(a.section)";
        return river(" and " + column + " = :section", column + ", a.status,",
                Parameters.with("published", ArticleStatus.PUBLISHED).and("section", section.id), cursor, limit);
    }

    /**
     * The newest articles of one (sub)section itself, not its children: "More {Section} News"
     * under an article takes these, less the article itself, so every article of a section
     * shares one list.
     */
    public static List<Article> newestInOwnSection(Section section, int limit) {
        return find(CARD + " and fk(a.section) = :section order by fk(a.section), a.status," + NEWEST_FIRST,
                Parameters.with("published", ArticleStatus.PUBLISHED).and("section", section.id))
                .page(0, limit).list();
    }

    public static List<Article> latestWithTag(Tag tag, Cursor cursor, int limit) {
        return listedVia("ArticleTag", "tag", tag.id, cursor, limit);
    }

    public static List<Article> latestByAuthor(Author author, Cursor cursor, int limit) {
        return listedVia("ArticleAuthor", "author", author.id, cursor, limit);
    }

    /** Featured on the home page, most recently featured first. */
    public static List<Article> featured(int limit) {
        return find(CARD + " and a.featuredAt <= :now order by a.status, a.featuredAt desc, a.id desc",
                Parameters.with("published", ArticleStatus.PUBLISHED).and("now", Instant.now())).page(0, limit).list();
    }

    /**
     * The newest few published articles of each top-level section, in one statement however
     * many sections there are: one index-ordered, limited branch per section.
     */
    @SuppressWarnings("unchecked")
    public static Map<Long, List<Article>> latestPerRootSection(List<Section> sections, int perSection) {
        if (sections.isEmpty()) {
            return Map.of();
        }
        String branch = "(select id from article where root_section_id = ? and status = 'PUBLISHED'"
                + " order by root_section_id, status, published_at desc, id desc limit " + perSection + ")";
        var query = getEntityManager().createNativeQuery(
                String.join(" union all ", java.util.Collections.nCopies(sections.size(), branch)));
        for (int i = 0; i < sections.size(); i++) {
            query.setParameter(i + 1, sections.get(i).id);
        }
        List<Long> ids = ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
        Map<Long, List<Article>> bySection = new java.util.LinkedHashMap<>();
        sections.forEach(section -> bySection.put(section.id, new ArrayList<>()));
        publishedWithIds(ids).stream()
                .sorted(java.util.Comparator.comparing((Article a) -> a.publishedAt).thenComparing(a -> a.id).reversed())
                .forEach(a -> bySection.get(a.rootSection.id).add(a));
        return bySection;
    }

    public static List<Article> publishedWithIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Parameters params = Parameters.with("published", ArticleStatus.PUBLISHED);
        return find(CARD + " and a.id in " + InList.bind("id", List.copyOf(ids), params), params).list();
    }

    private static List<Article> river(String filter, String fixedColumns, Parameters params, Cursor cursor, int limit) {
        Cursor from = cursor != null ? cursor : Cursor.TOP;
        String query = CARD + filter + BEFORE;
        params.and("at", from.at()).and("id", from.id());
        return find(query + " order by " + fixedColumns + NEWEST_FIRST, params).page(0, limit).list();
    }

    /** Tag and author rivers page through their link table's (owner, listedAt, article) index. */
    private static List<Article> listedVia(String link, String owner, long id, Cursor cursor, int limit) {
        String query = "select a from " + link + " l join l.article a join fetch a.section left join fetch a.leadImage"
                + " where fk(l." + owner + ") = :owner and l.listedAt is not null";
        // Page 1 starts from the top sentinel too: the bound keeps unlisted (null) rows out of the index walk.
        Cursor from = cursor != null ? cursor : Cursor.TOP;
        query += " and l.listedAt <= :at and (l.listedAt < :at or fk(l.article) < :id)";
        Parameters params = Parameters.with("owner", id).and("at", from.at()).and("id", from.id());
        return find(query + " order by fk(l." + owner + "), l.listedAt desc, fk(l.article) desc", params).page(0, limit).list();
    }

    public static Optional<Article> findPublishedById(long id) {
        return find("""
                select a from Article a join fetch a.section s left join fetch s.parent
                left join fetch a.leadImage
                where a.id = ?1 and a.status = ?2""", id, ArticleStatus.PUBLISHED)
                .firstResultOptional();
    }
}
