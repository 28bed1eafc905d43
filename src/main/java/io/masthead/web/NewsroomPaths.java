package io.masthead.web;

/** Where the newsroom lives: the only paths that may set a cookie, and the only ones that open a session. */
public final class NewsroomPaths {

    private NewsroomPaths() {
    }

    /** Newsroom pages and the sign-in and sign-out endpoints. */
    public static boolean isNewsroom(String path) {
        return path != null && (isSignedIn(path) || path.equals("/login") || path.equals("/j_security_check"));
    }

    /** Paths that act for a signed-in user: their session is looked up and counts as activity. */
    public static boolean isSignedIn(String path) {
        return path != null && (path.equals("/admin") || path.startsWith("/admin/") || path.equals("/logout"));
    }
}
