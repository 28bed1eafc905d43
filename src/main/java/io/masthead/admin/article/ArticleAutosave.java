package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.util.Optional;

/**
 * What one person had typed into one piece's form (article null: a new piece), kept by the
 * editor page's autosave. It is never the article: saving it cannot overwrite anyone's save.
 */
@Entity
public class ArticleAutosave extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    public User user;

    @ManyToOne(fetch = FetchType.LAZY)
    public Article article;

    /** The article version the typing started from; null for a new piece. */
    public Integer baseVersion;

    public Instant savedAt;
    public String headline;
    public String dek;
    public String bodyMarkdown;
    public String authorNote;
    public String tags;
    public String leadCaption;
    public String leadCredit;
    public String leadAlt;

    @PrePersist
    @PreUpdate
    void cleanText() {
        headline = io.masthead.web.PlainText.line(headline);
        dek = io.masthead.web.PlainText.line(dek);
        bodyMarkdown = io.masthead.web.PlainText.text(bodyMarkdown);
        authorNote = io.masthead.web.PlainText.text(authorNote);
        tags = io.masthead.web.PlainText.line(tags);
        leadCaption = io.masthead.web.PlainText.line(leadCaption);
        leadCredit = io.masthead.web.PlainText.line(leadCredit);
        leadAlt = io.masthead.web.PlainText.line(leadAlt);
    }

    static Optional<ArticleAutosave> of(User user, Long articleId) {
        return articleId == null
                ? find("user.id = ?1 and article is null", user.id).firstResultOptional()
                : find("user.id = ?1 and article.id = ?2", user.id, articleId).firstResultOptional();
    }

    /** The typed text as a form, to offer back; the version is the one the typing started from. */
    ArticleForm asForm(ArticleForm saved) {
        ArticleForm f = saved == null ? new ArticleForm() : saved;
        f.headline = headline;
        f.dek = dek;
        f.body = bodyMarkdown;
        f.authorNote = authorNote;
        f.tags = tags;
        f.leadCaption = leadCaption;
        f.leadCredit = leadCredit;
        f.leadAlt = leadAlt;
        return f;
    }
}
