package io.masthead.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple newsroom form (tags, sections, authors, videos, users, settings) described as data, so
 * one template renders them all through the field tag, with each problem beside its field and the
 * typed values kept.
 */
public class NewsroomForm {

    public record Option(String value, String label, boolean selected) {
    }

    public record Field(String name, String label, String type, String value, List<Option> options, String hint,
            String error) {

        /** Element ids carry a prefix so a field named like a page landmark never clashes with it. */
        public String id() {
            return "f-" + name;
        }

        public boolean isChecked() {
            return "true".equals(value) || "on".equals(value);
        }
    }

    public final String title;
    public final String action;
    public final List<Field> fields = new ArrayList<>();
    private final Errors errors;

    public NewsroomForm(String title, String action, Errors errors) {
        this.title = title;
        this.action = action;
        this.errors = errors;
    }

    public NewsroomForm text(String name, String label, String value, String hint) {
        return add(name, label, "text", value, List.of(), hint);
    }

    /** A password is never echoed back into the page. */
    public NewsroomForm password(String name, String label, String hint) {
        return add(name, label, "password", "", List.of(), hint);
    }

    public NewsroomForm textarea(String name, String label, String value, String hint) {
        return add(name, label, "textarea", value, List.of(), hint);
    }

    public NewsroomForm checkbox(String name, String label, boolean checked, String hint) {
        return add(name, label, "checkbox", checked ? "true" : "", List.of(), hint);
    }

    public NewsroomForm select(String name, String label, List<Option> options, String hint) {
        return add(name, label, "select", "", options, hint);
    }

    private NewsroomForm add(String name, String label, String type, String value, List<Option> options, String hint) {
        fields.add(new Field(name, label, type, value == null ? "" : value, options, hint, errors.of(name)));
        return this;
    }

    public boolean hasErrors() {
        return errors.any();
    }
}
