package io.masthead.admin;

import io.masthead.user.Role;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The audit log: who did what and when; admins only. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminAudit {

    @GET
    public TemplateInstance list() {
        List<NewsroomPages.Row> rows = AuditLog.latest(500).stream()
                .map(e -> new NewsroomPages.Row(null, List.of(e.occurredAt.toString(), e.username == null ? "system" : e.username,
                        e.action, e.target == null ? "" : e.target, e.detail == null ? "" : e.detail)))
                .toList();
        return NewsroomPages.list("Audit log", null, List.of("When (UTC)", "Who", "What", "Target", "Detail"), rows);
    }
}
