package io.masthead.user;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

final class Identities {

    static final String USER_ID = "masthead.user-id";

    private Identities() {
    }

    static SecurityIdentity of(User user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.role.securityRoles())
                .addAttribute(USER_ID, user.id)
                .build();
    }
}
