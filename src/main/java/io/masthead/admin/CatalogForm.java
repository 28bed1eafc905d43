package io.masthead.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple newsroom form (tags, sections, authors, videos) described as data, so one template
 * renders them all with each problem beside its field and the typed values kept.
 */
public class CatalogForm {

    public record Option(String value, String label, boolean selected) {
    }

    public record Field(String name, String label, String type, String value, List<Option> options, String hint,
            String error) {

        public boolean isTextarea() {
            return type.equals("textarea");
        }

        public boolean isSelect() {
            return type.equals("select");
        }

        public boolean isCheckbox() {
            return type.equals("checkbox");
        }

        public String inputType() {
            return type.equals("password") ? "password" : "text";
        }

        public boolean isChecked() {
            return "true".equals(value) || "on".equals(value);
        }

        public boolean hasError() {
            return error != null && !error.isEmpty();
        }
    }

    public final String title;
    public final String action;
    public final List<Field> fields = new ArrayList<>();
    private final Errors errors;

    public CatalogForm(String title, String action, Errors errors) {
        this.title = title;
        this.action = action;
        this.errors = errors;
    }

    public CatalogForm text(String name, String label, String value, String hint) {
        fields.add(new Field(name, label, "text", value == null ? "" : value, List.of(), hint, errors.of(name)));
        return this;
    }

    /** A password is never echoed back into the page. */
    public CatalogForm password(String name, String label, String hint) {
        fields.add(new Field(name, label, "password", "", List.of(), hint, errors.of(name)));
        return this;
    }

    public CatalogForm textarea(String name, String label, String value, String hint) {
        fields.add(new Field(name, label, "textarea", value == null ? "" : value, List.of(), hint, errors.of(name)));
        return this;
    }

    public CatalogForm checkbox(String name, String label, boolean checked, String hint) {
        fields.add(new Field(name, label, "checkbox", checked ? "true" : "", List.of(), hint, errors.of(name)));
        return this;
    }

    public CatalogForm select(String name, String label, List<Option> options, String hint) {
        fields.add(new Field(name, label, "select", "", options, hint, errors.of(name)));
        return this;
    }

    public boolean hasErrors() {
        return errors.any();
    }
}
