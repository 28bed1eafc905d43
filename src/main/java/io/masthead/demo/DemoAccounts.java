package io.masthead.demo;

import io.masthead.author.Author;
import io.masthead.user.Role;
import io.masthead.user.User;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The demo newsroom's accounts, one per role (two contributors, to try ownership). Documented in
 * the README; created only in a store with no user yet, and never in production unless asked for.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "masthead-demo";

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String CONTRIBUTOR = "contributor";
    public static final String OTHER_CONTRIBUTOR = "contributor2";

    @Transactional
    public void createIfNone() {
        if (User.count() > 0) {
            return;
        }
        User.create(ADMIN, "Demo Admin", PASSWORD, Role.ADMIN);
        User.create(EDITOR, "Demo Editor", PASSWORD, Role.EDITOR);
        User contributor = User.create(CONTRIBUTOR, "Demo Contributor", PASSWORD, Role.CONTRIBUTOR);
        contributor.author = Author.<Author>find("contributor = true order by id").firstResult();
        User.create(OTHER_CONTRIBUTOR, "Second Contributor", PASSWORD, Role.CONTRIBUTOR);
        Log.infof("Created demo accounts %s, %s, %s and %s, password \"%s\"", ADMIN, EDITOR, CONTRIBUTOR,
                OTHER_CONTRIBUTOR, PASSWORD);
    }
}
