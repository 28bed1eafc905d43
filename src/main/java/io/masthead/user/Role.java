package io.masthead.user;

import java.util.Set;

/** Newsroom roles; each includes the ones below it. Security role names are the lowercase names. */
public enum Role {
    CONTRIBUTOR,
    EDITOR,
    ADMIN;

    public static final String CONTRIBUTOR_ROLE = "contributor";
    public static final String EDITOR_ROLE = "editor";
    public static final String ADMIN_ROLE = "admin";

    public Set<String> securityRoles() {
        return switch (this) {
            case CONTRIBUTOR -> Set.of(CONTRIBUTOR_ROLE);
            case EDITOR -> Set.of(CONTRIBUTOR_ROLE, EDITOR_ROLE);
            case ADMIN -> Set.of(CONTRIBUTOR_ROLE, EDITOR_ROLE, ADMIN_ROLE);
        };
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
