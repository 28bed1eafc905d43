package io.masthead.web;

/**
 * A value someone else chose (a username typed at the login, a client address, a header) as it may
 * appear in a log line: line breaks and every other control character become '?', so no value can
 * start a line of its own and forge an entry ("...\nLOGIN OK for admin"), and it is cut to a length
 * a reader of the log can take in.
 */
public final class LogText {

    static final int MAX = 200;

    private LogText() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "-";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX + 1));
        for (int i = 0; i < text.length() && out.length() < MAX; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean control = Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029
                    || cp == 0x85 || Character.getType(cp) == Character.FORMAT && (cp >= 0x202A && cp <= 0x202E
                    || cp >= 0x2066 && cp <= 0x2069);
            if (control || Character.isSurrogate((char) cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        }
        if (out.length() >= MAX && text.length() > MAX) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * A copy of an exception whose messages (its own and its causes') are cleaned like any other value,
     * with the same stack traces, for logging a failure that may quote what a client sent.
     */
    public static Throwable error(Throwable error) {
        if (error == null) {
            return null;
        }
        Throwable cause = error.getCause() == error ? null : error(error.getCause());
        Throwable copy = new LoggedException(of((error.getClass().getName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()))), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    private static final class LoggedException extends Exception {
        LoggedException(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
