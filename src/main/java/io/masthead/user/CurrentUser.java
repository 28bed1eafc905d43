package io.masthead.user;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.NotAuthorizedException;

/** The signed-in user of this request, from the database: {inject:currentUser.user.displayName}. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private User user;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public User user() {
        if (user == null) {
            if (identity.isAnonymous()) {
                throw new NotAuthorizedException("Sign in first");
            }
            Long id = identity.getAttribute(Identities.USER_ID);
            user = id == null ? null : User.findById(id);
            if (user == null || !user.enabled) {
                throw new NotAuthorizedException("Sign in first");
            }
        }
        return user;
    }
}
