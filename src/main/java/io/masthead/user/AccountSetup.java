package io.masthead.user;

import io.masthead.web.LogText;
import io.masthead.config.MastheadConfig;
import io.masthead.ops.StartupLock;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * On start: refuse to run in production without a session key, and create the first admin from
 * MASTHEAD_ADMIN_USERNAME / MASTHEAD_ADMIN_PASSWORD when the store has no admin yet — or, when
 * none is configured and no demo accounts are made, one with a one-time password printed in the
 * log (see {@link OneTimeAdmin}).
 */
@ApplicationScoped
public class AccountSetup {

    static final int MIN_KEY_LENGTH = 32;

    private final MastheadConfig config;
    private final StartupLock startupLock;

    AccountSetup(MastheadConfig config, StartupLock startupLock) {
        this.config = config;
        this.startupLock = startupLock;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Optional<String> key = ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class);
            if (key.isEmpty() || key.get().length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException("Set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY to a secret of at least "
                        + MIN_KEY_LENGTH + " characters: it encrypts the newsroom's login cookies");
            }
        }
        // Instances starting together on one database: one creates the admin, the others then see it.
        startupLock.run(this::createFirstAdmin);
    }

    @Transactional
    void createFirstAdmin() {
        Optional<String> username = config.admin().username().filter(u -> !u.isBlank());
        Optional<String> password = config.admin().password().filter(p -> !p.isBlank());
        boolean anyAdmin = User.anyAdmin();
        if (OneTimeAdmin.needed(anyAdmin, username.isPresent() || password.isPresent(), config.demo().enabled() && config.demo().accounts())) {
            createOneTimeAdmin();
            return;
        }
        if (username.isEmpty() || password.isEmpty() || anyAdmin) {
            return;
        }
        String problem = Passwords.problem(password.get());
        if (problem != null) {
            throw new IllegalStateException("MASTHEAD_ADMIN_PASSWORD: " + problem);
        }
        if (User.findByUsername(username.get()).isPresent()) {
            Log.warnf("User %s exists but is not an admin; not changing it", LogText.of(username.get()));
            return;
        }
        User.create(username.get(), username.get(), password.get(), Role.ADMIN);
        Log.infof("Created the first admin, %s", LogText.of(username.get()));
    }

    private void createOneTimeAdmin() {
        String username = User.findByUsername(OneTimeAdmin.USERNAME).isPresent()
                ? OneTimeAdmin.USERNAME + "-" + OneTimeAdmin.password().substring(0, 6).toLowerCase(java.util.Locale.ROOT)
                : OneTimeAdmin.USERNAME;
        String password = OneTimeAdmin.password();
        OneTimeAdmin.create(username, password);
        String port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", String.class).orElse("8080");
        // Printed once, on purpose: the only way in to a new store. It works for one sign-in, which asks for a new password.
        Log.warnf("%n%n    The store had no admin, so one was created.%n    Sign in at http://localhost:%s/login"
                + "%n    username: %s%n    one-time password: %s%n    You will be asked to choose a new password.%n",
                port, username, password);
    }
}
