package io.masthead.admin;

import io.masthead.article.Article;
import io.masthead.article.ArticleStatus;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import java.util.List;

/** The newsroom's front page: a contributor's own pieces by status; for editors also the review queue. */
@Path("/admin")
@RolesAllowed(Role.CONTRIBUTOR_ROLE)
public class AdminDashboard {

    public record Group(ArticleStatus status, List<Article> articles) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(User user, List<Article> queue, List<Article> scheduled, List<Group> groups);
    }

    private static final String LIST = "select a from Article a join fetch a.section left join fetch a.createdBy ";

    private final CurrentUser currentUser;

    AdminDashboard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance index() {
        User user = currentUser.user();
        List<Article> queue = user.isEditor()
                ? Article.find(LIST + "where a.status = ?1 order by a.modifiedAt", ArticleStatus.IN_REVIEW).list()
                : List.of();
        List<Article> scheduled = user.isEditor()
                ? Article.find(LIST + "where a.status = ?1 order by a.publishedAt", ArticleStatus.SCHEDULED).list()
                : List.of();
        List<Article> mine = Article.find(LIST + "where a.createdBy = ?1 order by a.modifiedAt desc", user)
                .page(0, 200).list();
        List<Group> groups = Arrays.stream(ArticleStatus.values())
                .map(s -> new Group(s, mine.stream().filter(a -> a.status == s).toList()))
                .filter(g -> !g.articles().isEmpty()).toList();
        return Templates.index(user, queue, scheduled, groups);
    }
}
