package io.masthead.admin;

import io.masthead.ops.Backups;
import io.masthead.user.CurrentUser;
import io.masthead.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Backups of the embedded store: list, "Back up now", download; admins only. */
@Path("/admin/backups")
@RolesAllowed(Role.ADMIN_ROLE)
public class AdminBackups {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(boolean supported, String reason, String folder, List<Backups.BackupFile> backups);
    }

    private final Backups backups;
    private final CurrentUser currentUser;

    AdminBackups(Backups backups, CurrentUser currentUser) {
        this.backups = backups;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(backups.supported(), backups.unsupportedReason(), backups.folder().toString(), backups.list());
    }

    @POST
    public RestResponse<?> create() {
        if (!backups.supported()) {
            throw new ClientErrorException(backups.unsupportedReason(), 409);
        }
        Backups.Written written = backups.create(currentUser.user());
        return Flash.redirect("/admin/backups", "Backup " + written.file().name() + " written (" + written.file().size()
                + ", " + written.contents().images() + " image files).");
    }

    @GET
    @Path("{name}")
    public RestResponse<java.nio.file.Path> download(@RestPath String name) {
        java.nio.file.Path file = backups.file(name).orElseThrow(NotFoundException::new);
        return RestResponse.ResponseBuilder.ok(file, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
