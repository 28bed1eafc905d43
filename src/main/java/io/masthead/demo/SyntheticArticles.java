package io.masthead.demo;

import io.agroal.api.AgroalDataSource;
import io.masthead.article.ArticleBody;
import io.masthead.delivery.ContentChanged;
import jakarta.enterprise.event.Event;
import io.masthead.media.Image;
import io.masthead.media.ImageArt;
import io.masthead.media.ImageStore;
import io.masthead.section.Section;
import io.masthead.web.Slugs;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fills the store with made-up articles for benchmarks and scale tests
 * ({@code masthead.synthetic.articles=N}). Rows go in through batched JDBC, so a million
 * articles take minutes. Tags follow a Zipf-like skew: a few huge tags, a long tail of small ones;
 * bodies are {@link SyntheticText}, with the word statistics of a real archive.
 */
@ApplicationScoped
public class SyntheticArticles {

    static final int AUTHORS = 250;
    static final int TAGS = 5_000;
    static final int IMAGES = 12;
    /** Articles one after the other, this far apart, ending now. */
    static final Duration SPACING = Duration.ofMinutes(2);

    private static final String[] SUBJECTS = {"Council", "Senate panel", "Governor", "State court", "Harbor board",
        "Transit agency", "School district", "Treasury office", "Election commission", "Water authority",
        "Mayor's office", "Housing trust", "Port authority", "Health department", "Energy regulator"};
    private static final String[] VERBS = {"weighs", "delays", "approves", "rejects", "revisits", "questions",
        "expands", "trims", "defends", "unveils", "pauses", "funds"};
    private static final String[] OBJECTS = {"budget plan", "bridge repairs", "zoning rewrite", "tax credit",
        "broadband grants", "ferry schedule", "pension reform", "flood barrier", "bus lanes", "ballot rules",
        "clinic funding", "grid upgrade", "rent rules", "road tolls", "library hours"};

    private final AgroalDataSource dataSource;
    private final ImageStore images;
    private final Event<ContentChanged> changes;

    SyntheticArticles(AgroalDataSource dataSource, ImageStore images, Event<ContentChanged> changes) {
        this.dataSource = dataSource;
        this.images = images;
        this.changes = changes;
    }

    /** Adds synthetic articles until the store holds at least {@code target} articles. */
    public void fillTo(int target) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long existing = single(c, "select count(*) from article");
            if (existing >= target) {
                return;
            }
            long started = System.nanoTime();
            int toAdd = (int) (target - existing);
            Log.infof("Adding %d synthetic articles", toAdd);
            ensureASection(c);
            long[] authors = ensureRows(c, "author", AUTHORS, i -> new String[] {"synthetic-writer-" + i, "Staff Writer " + i});
            long[] tags = ensureRows(c, "tag", TAGS, i -> new String[] {"topic-" + i, "Topic " + i});
            List<Long> pictures = illustrations();
            c.commit();
            List<Long> sections = sectionsWithRoots();
            insertArticles(c, toAdd, sections, authors, tags, pictures);
            // Plain JDBC passes no entity listener: announce the change ourselves.
            changes.fire(ContentChanged.COMMITTED);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            Log.infof("Added %d synthetic articles in %d s", toAdd, seconds);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add synthetic articles", e);
        }
    }

    private void insertArticles(Connection c, int count, List<Long> sections, long[] authors, long[] tags,
            List<Long> pictures) throws SQLException {
        Random random = new Random(20260101L + count);
        long firstId = single(c, "select coalesce(max(id), 0) from article") + 1;
        Instant newest = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        Instant start = oldestPublished(c, newest).minus(SPACING);
        Zipf tagPicker = new Zipf(tags.length, 1.05, random);
        SyntheticText text = new SyntheticText(random);
        try (PreparedStatement article = c.prepareStatement("""
                insert into article (id, slug, headline, dek, body_markdown, body_html, kind, status, section_id,
                    root_section_id, lead_image_id, lead_caption, lead_credit, lead_alt, published_at, created_at,
                    modified_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 'Masthead Illustration', ?, ?, ?, ?, 0)""");
             PreparedStatement byline = c.prepareStatement(
                     "insert into article_author (article_id, author_id, position, listed_at) values (?, ?, ?, ?)");
             PreparedStatement tagged = c.prepareStatement(
                     "insert into article_tag (article_id, tag_id, position, listed_at) values (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                Timestamp at = Timestamp.from(start.minus(SPACING.multipliedBy(i)).minusMillis(random.nextInt(60_000)));
                bindArticle(article, id, at, text, random, sectionPair(sections, random), pictures);
                article.addBatch();
                bindLink(byline, id, authors[random.nextInt(authors.length)], 0, at);
                byline.addBatch();
                Set<Long> picked = new LinkedHashSet<>();
                int tagCount = 1 + random.nextInt(4);
                while (picked.size() < tagCount) {
                    picked.add(tags[tagPicker.next()]);
                }
                int position = 0;
                for (long tag : picked) {
                    bindLink(tagged, id, tag, position++, at);
                    tagged.addBatch();
                }
                if ((i + 1) % 1_000 == 0 || i == count - 1) {
                    article.executeBatch();
                    byline.executeBatch();
                    tagged.executeBatch();
                    c.commit();
                    if ((i + 1) % 100_000 == 0) {
                        Log.infof("... %d synthetic articles", i + 1);
                    }
                }
            }
        }
        try (Statement s = c.createStatement()) {
            // Explicit ids went in; move the identity past them (same statement on H2 and PostgreSQL).
            s.execute("alter table article alter column id restart with " + (firstId + count));
        }
        c.commit();
    }

    private static void bindArticle(PreparedStatement article, long id, Timestamp at, SyntheticText text, Random random,
            long[] section, List<Long> pictures) throws SQLException {
        String headline = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)]
                + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " (" + id + ")";
        String body = text.body();
        article.setLong(1, id);
        article.setString(2, Slugs.of(headline));
        article.setString(3, headline);
        article.setString(4, text.sentence());
        article.setString(5, body);
        article.setString(6, ArticleBody.toHtml(body));
        article.setString(7, random.nextInt(10) == 0 ? "ANALYSIS" : "NEWS");
        article.setLong(8, section[0]);
        article.setLong(9, section[1]);
        article.setLong(10, pictures.get(random.nextInt(pictures.size())));
        article.setString(11, "An illustration for this synthetic story.");
        article.setString(12, "Abstract illustration in flat colours");
        article.setTimestamp(13, at);
        article.setTimestamp(14, at);
        article.setTimestamp(15, at);
    }

    /** A byline or tag link: (article, author or tag, position, listed at). */
    private static void bindLink(PreparedStatement link, long article, long other, int position, Timestamp at)
            throws SQLException {
        link.setLong(1, article);
        link.setLong(2, other);
        link.setInt(3, position);
        link.setTimestamp(4, at);
    }

    private static Instant oldestPublished(Connection c, Instant fallback) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select min(published_at) from article where published_at is not null")) {
            if (rs.next() && rs.getTimestamp(1) != null) {
                return rs.getTimestamp(1).toInstant();
            }
            return fallback;
        }
    }

    /** [section, root section] with subsections as likely as their parents. */
    private static long[] sectionPair(List<Long> sections, Random random) {
        int pick = random.nextInt(sections.size() / 2);
        return new long[] {sections.get(pick * 2), sections.get(pick * 2 + 1)};
    }

    private static void ensureASection(Connection c) throws SQLException {
        if (single(c, "select count(*) from section") == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("insert into section (path, slug, name, description, position) "
                        + "values ('news', 'news', 'News', 'Synthetic news section', 0)");
            }
        }
    }

    /** Pairs of (section id, root id) flattened, in id order: [s0, root0, s1, root1, ...]. */
    private static List<Long> sectionsWithRoots() {
        return QuarkusTransaction.requiringNew().call(() -> Section.allWithParents().stream()
                .sorted(Comparator.comparing(section -> section.id))
                .flatMap(section -> Stream.of(section.id, section.root().id))
                .toList());
    }

    private interface Names {
        String[] of(int i);
    }

    /** Makes sure the synthetic authors or tags exist; returns their ids. */
    private static long[] ensureRows(Connection c, String table, int count, Names names) throws SQLException {
        String prefix = names.of(0)[0].replace("-0", "-");
        try (PreparedStatement insert = c.prepareStatement(
                "insert into " + table + " (slug, name) select ?, ? where not exists (select 1 from " + table + " where slug = ?)")) {
            for (int i = 0; i < count; i++) {
                String[] n = names.of(i);
                insert.setString(1, n[0]);
                insert.setString(2, n[1]);
                insert.setString(3, n[0]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long[] ids = new long[count];
        try (PreparedStatement select = c.prepareStatement("select id, slug from " + table + " where slug like ?")) {
            select.setString(1, prefix + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int index = Integer.parseInt(rs.getString(2).substring(prefix.length()));
                    if (index < count) {
                        ids[index] = rs.getLong(1);
                    }
                }
            }
        }
        return ids;
    }

    private List<Long> illustrations() {
        List<Long> ids = new ArrayList<>();
        ImageArt.Motif[] motifs = ImageArt.Motif.values();
        ImageArt.Palette[] palettes = ImageArt.Palette.values();
        for (int i = 0; i < IMAGES; i++) {
            Image image = images.store(ImageArt.draw(motifs[i % motifs.length], palettes[i % palettes.length], 90_000 + i, 1280, 720));
            ids.add(image.id);
        }
        return ids;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
    static final class Zipf {
        private final double[] cumulative;
        private final Random random;

        Zipf(int n, double s, Random random) {
            this.random = random;
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1.0 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next() {
            int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
        }
    }
}
