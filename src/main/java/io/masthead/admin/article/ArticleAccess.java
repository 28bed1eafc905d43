package io.masthead.admin.article;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which articles a newsroom user may see and change. A contributor reaching someone else's piece
 * gets 404 (its existence is not confirmed); their own piece stops being theirs to edit once it is
 * with the editors (403).
 */
@ApplicationScoped
public class ArticleAccess {

    static final Set<ArticleStatus> CONTRIBUTOR_EDITABLE = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.CHANGES_REQUESTED);

    private final EntityManager em;

    ArticleAccess(EntityManager em) {
        this.em = em;
    }

    /**
     * The article as this user may see it in the newsroom. No transaction of its own, so pages
     * render from the request's session.
     */
    public Article visible(User actor, long id) {
        Article article = Article.find("""
                select a from Article a join fetch a.section s left join fetch s.parent left join fetch a.leadImage
                left join fetch a.createdBy where a.id = ?1""", id).firstResult();
        requireVisible(actor, article);
        return article;
    }

    public boolean mayEdit(User actor, Article article) {
        return actor.isEditor() || CONTRIBUTOR_EDITABLE.contains(article.status);
    }

    /** The article this user may change now, or 404/403. */
    public Article editable(User actor, long id) {
        Article article = visible(actor, id);
        if (!mayEdit(actor, article)) {
            throw new ForbiddenException("This piece can no longer be edited by its writer.");
        }
        return article;
    }

    /** The article locked for this transaction, so two people acting at once act one after the other. */
    Article locked(User actor, long id) {
        // Lock before reading anything else, so the state checked afterwards is the latest committed one.
        Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        requireVisible(actor, article);
        return article;
    }

    private static void requireVisible(User actor, Article article) {
        if (article == null || !actor.isEditor() && (article.createdBy == null || !article.createdBy.id.equals(actor.id))) {
            throw new NotFoundException();
        }
    }
}
