package io.masthead.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problems with a form, each kept for the field it belongs to: {#if errors.has('headline')}. */
public class Errors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static Errors none() {
        return new Errors();
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
