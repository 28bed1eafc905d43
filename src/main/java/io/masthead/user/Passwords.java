package io.masthead.user;

/** The password rule: 8 to 64 characters, anything allowed. */
public final class Passwords {

    private Passwords() {
    }

    /** What is wrong with the password, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.length() < User.MIN_PASSWORD) {
            return "Use at least " + User.MIN_PASSWORD + " characters.";
        }
        if (password.length() > User.MAX_PASSWORD) {
            return "Use at most " + User.MAX_PASSWORD + " characters.";
        }
        return null;
    }
}
