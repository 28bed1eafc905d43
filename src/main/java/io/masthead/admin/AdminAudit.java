package io.masthead.admin;

import io.masthead.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The audit log, newest first, a page at a time and searchable: nothing falls off the end, however
 * many entries come after it. Admins only.
 */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminAudit {

    static final int PAGE = 100;
    private static final int MAX_SEARCH = 100;

    public record Entry(String when, String who, String action, String target, String detail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(String search, List<Entry> entries, String olderUrl);
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String before) {
        String search = q == null ? "" : q.strip();
        if (search.length() > MAX_SEARCH) {
            throw new BadRequestException("Search for at most " + MAX_SEARCH + " characters.");
        }
        Long beforeId = parseBefore(before);
        List<AuditLog> page = AuditLog.page(search, beforeId, PAGE + 1);
        List<Entry> entries = page.stream().limit(PAGE).map(e -> new Entry(e.occurredAt.toString(),
                e.username == null ? "system" : e.username, e.action, e.target == null ? "" : e.target,
                e.detail == null ? "" : e.detail)).toList();
        String older = page.size() > PAGE ? olderUrl(search, page.get(PAGE - 1).id) : null;
        return Templates.list(search, entries, older);
    }

    private static Long parseBefore(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(before.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequestException("That page of the audit log does not exist.");
        }
    }

    private static String olderUrl(String search, long lastId) {
        String query = search.isEmpty() ? "" : "q=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8) + "&";
        return "/admin/audit?" + query + "before=" + lastId;
    }
}
