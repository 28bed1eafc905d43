package io.masthead.admin.article;

import io.masthead.author.Author;
import io.masthead.tag.Tag;
import io.masthead.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;

/** Search-as-you-type for the article form's byline and tags: names starting with (or containing) what was typed, one a line. */
@Path("/admin/suggest")
@RolesAllowed(Role.CONTRIBUTOR_ROLE)
public class AdminSuggestions {

    static final int LIMIT = 12;

    @GET
    @Path("tags")
    @Produces(MediaType.TEXT_PLAIN)
    public String tags(@RestQuery String q) {
        String like = like(q);
        if (like == null) {
            return "";
        }
        List<Tag> tags = Tag.<Tag>find("lower(name) like ?1 order by name", like).page(0, LIMIT).list();
        return tags.stream().map(t -> t.name).collect(Collectors.joining("\n"));
    }

    /** Staff and guest authors; guests are marked, so an editor knows who is an outside writer. */
    @GET
    @Path("authors")
    @RolesAllowed(Role.EDITOR_ROLE)
    @Produces(MediaType.TEXT_PLAIN)
    public String authors(@RestQuery String q) {
        String like = like(q);
        if (like == null) {
            return "";
        }
        List<Author> authors = Author.<Author>find("lower(name) like ?1 or lower(slug) like ?1 order by name", like)
                .page(0, LIMIT).list();
        return authors.stream().map(a -> a.name + "\t" + (a.contributor ? "guest" : "staff")).collect(Collectors.joining("\n"));
    }

    private static String like(String q) {
        if (q == null || q.isBlank() || q.length() > 100) {
            return null;
        }
        return "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
