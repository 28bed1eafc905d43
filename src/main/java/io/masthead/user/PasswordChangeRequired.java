package io.masthead.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An account that must choose a new password before anything else: the generated first admin. */
@Entity
public class PasswordChangeRequired extends PanacheEntityBase {

    @Id
    public Long userId;

    /** Whether the signed-in account behind this identity must choose a new password first. */
    public static boolean requiredFor(io.quarkus.security.identity.SecurityIdentity identity) {
        Long id = identity.isAnonymous() ? null : identity.getAttribute(Identities.USER_ID);
        return id != null && of(id);
    }

    public static boolean of(long userId) {
        return count("userId", userId) > 0;
    }

    public static void require(long userId) {
        if (!of(userId)) {
            PasswordChangeRequired row = new PasswordChangeRequired();
            row.userId = userId;
            row.persist();
        }
    }

    public static void done(long userId) {
        delete("userId", userId);
    }
}
