package io.masthead.admin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problems with a form, each kept for the field it belongs to: {#if errors.has('headline')}. */
public class Errors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static Errors none() {
        return new Errors();
    }

    /** Bean Validation's findings, each under the name of the record component or form field it concerns. */
    public static Errors of(Collection<? extends ConstraintViolation<?>> violations) {
        Errors errors = new Errors();
        violations.stream()
                .sorted((a, b) -> a.getMessage().compareTo(b.getMessage()))
                .forEach(v -> errors.add(field(v.getPropertyPath()), v.getMessage()));
        return errors;
    }

    private static String field(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }

    public Errors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public Map<String, String> all() {
        return byField;
    }
}
