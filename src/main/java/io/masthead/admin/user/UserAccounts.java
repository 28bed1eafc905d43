package io.masthead.admin.user;

import io.masthead.admin.AuditLog;
import io.masthead.admin.Invalid;
import io.masthead.author.Author;
import io.masthead.user.Role;
import io.masthead.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.util.Locale;

/**
 * Newsroom accounts: creating them, their roles, disabling them. Admin-only by the resource; what
 * an admin must never do to themselves is checked here. Every change is audit-logged.
 */
@ApplicationScoped
public class UserAccounts {

    @Transactional
    public User create(User actor, @Valid NewUserInput in) {
        if (User.findByUsername(in.username()).isPresent()) {
            throw Invalid.of("username", "This username is taken.");
        }
        Author author = null;
        if (in.author() != null) {
            author = Author.findBySlug(in.author()).orElseThrow(() -> Invalid.of("author", "No author with this slug."));
        }
        Role role = Role.valueOf(in.role());
        User user = User.create(in.username(), in.displayName(), in.password(), role);
        user.author = author;
        AuditLog.record(actor.username, "USER_CREATE", "user " + in.username(), role.name());
        return user;
    }

    @Transactional
    public void changeRole(User actor, long id, String roleName) {
        User user = existing(id);
        Role role = role(roleName);
        if (user.id.equals(actor.id) && role != Role.ADMIN) {
            throw new BadRequestException("You cannot take away your own admin role.");
        }
        Role before = user.role;
        user.role = role;
        AuditLog.record(actor.username, "ROLE_CHANGE", "user " + user.username, before + " → " + role);
    }

    @Transactional
    public void setEnabled(User actor, long id, boolean enabled) {
        User user = existing(id);
        if (user.id.equals(actor.id) && !enabled) {
            throw new BadRequestException("You cannot disable your own account.");
        }
        user.enabled = enabled;
        AuditLog.record(actor.username, enabled ? "USER_ENABLE" : "USER_DISABLE", "user " + user.username, null);
    }

    private static User existing(long id) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Choose contributor, editor or admin.");
        }
    }
}
