package io.masthead.user;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first admin of a store that has none and none configured: a random one-time password,
 * printed once in the log with the sign-in address (as Jenkins and Gitea do), to be replaced at
 * the first sign-in. Created when the app first starts on its store, never when an image is built.
 */
public final class OneTimeAdmin {

    public static final String USERNAME = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeAdmin() {
    }

    /** Whether to generate one: only a store with no admin, where none is configured and no demo accounts are made. */
    public static boolean needed(boolean anyAdmin, boolean configured, boolean demoAccounts) {
        return !anyAdmin && !configured && !demoAccounts;
    }

    /** 24 characters from 18 random bytes: about 144 bits, typed once. */
    public static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Creates the account (in the caller's transaction), its password to be changed at the first sign-in. */
    public static User create(String username, String password) {
        User user = User.create(username, "Administrator", password, Role.ADMIN);
        PasswordChangeRequired.require(user.id);
        return user;
    }
}
