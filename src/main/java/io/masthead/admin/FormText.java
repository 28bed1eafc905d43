package io.masthead.admin;

import io.masthead.web.PlainText;

/** Text from a form field as it will be stored: cleaned (see {@link PlainText}), trimmed, and null when empty. */
public final class FormText {

    private FormText() {
    }

    /** A one-line field. */
    public static String line(String value) {
        return trim(PlainText.line(value));
    }

    /** A field of several lines (bio, description, note): line breaks are kept. */
    public static String text(String value) {
        return trim(PlainText.text(value));
    }

    public static String trim(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }

    /** An id typed or chosen in a form, or null when there is none or it is not a number. */
    public static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number a field checked by {@link WholeNumber} means: {@code empty} when it is empty. */
    public static int number(String value, int empty) {
        try {
            return value == null || value.isBlank() ? empty : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return empty;
        }
    }
}
