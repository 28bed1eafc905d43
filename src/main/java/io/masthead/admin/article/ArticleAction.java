package io.masthead.admin.article;

import static io.masthead.article.ArticleStatus.CHANGES_REQUESTED;
import static io.masthead.article.ArticleStatus.DRAFT;
import static io.masthead.article.ArticleStatus.IN_REVIEW;
import static io.masthead.article.ArticleStatus.PUBLISHED;
import static io.masthead.article.ArticleStatus.SCHEDULED;
import static io.masthead.article.ArticleStatus.UNPUBLISHED;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.user.Role;
import io.masthead.user.User;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every action on an article with who may take it and from which states: the one table that both
 * {@link ArticleActions} (which checks, then executes) and the edit page's buttons read.
 * <p>
 * Who may <em>see</em> the piece comes first and is not in this table: a contributor reaching
 * someone else's piece gets 404 (see {@link ArticleAccess}).
 */
public enum ArticleAction {
    SUBMIT(Role.CONTRIBUTOR, EnumSet.of(DRAFT, CHANGES_REQUESTED)),
    WITHDRAW(Role.CONTRIBUTOR, EnumSet.of(IN_REVIEW)),
    REQUEST_CHANGES(Role.EDITOR, EnumSet.of(IN_REVIEW)),
    PUBLISH(Role.EDITOR, EnumSet.complementOf(EnumSet.of(PUBLISHED))),
    SCHEDULE(Role.EDITOR, EnumSet.complementOf(EnumSet.of(PUBLISHED))),
    UNPUBLISH(Role.EDITOR, EnumSet.of(PUBLISHED, SCHEDULED)),
    MARK_UPDATED(Role.EDITOR, EnumSet.of(PUBLISHED)),
    CORRECT(Role.EDITOR, EnumSet.of(PUBLISHED, UNPUBLISHED)),
    FEATURE(Role.EDITOR, EnumSet.of(PUBLISHED)),
    RESTORE(Role.EDITOR, EnumSet.allOf(ArticleStatus.class));

    /** The least role that may take the action; roles include the ones below them. */
    public final Role role;
    /** The states the piece may be in for the action. */
    public final Set<ArticleStatus> from;

    ArticleAction(Role role, Set<ArticleStatus> from) {
        this.role = role;
        this.from = from;
    }

    /** Whether the role allows the action at all, whatever the piece's state (else 403). */
    public boolean permits(User actor) {
        return actor.role.atLeast(role);
    }

    /** Whether the edit page offers the action to this user for this piece. */
    public boolean offered(User actor, Article article) {
        return article != null && permits(actor) && from.contains(article.status);
    }

    /** Refuses a role that may never take the action: 403. */
    void checkRole(User actor) {
        if (!permits(actor)) {
            throw new ForbiddenException();
        }
    }

    /** Refuses an action the piece's state does not allow: 409. */
    void checkState(Article article) {
        if (!from.contains(article.status)) {
            throw new ClientErrorException("That is not possible while the piece is " + article.status, 409);
        }
    }
}
