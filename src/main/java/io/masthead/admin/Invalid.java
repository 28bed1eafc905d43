package io.masthead.admin;

import jakarta.validation.ConstraintViolationException;

/** A newsroom form had problems; nothing was changed. Resources show the form again with them. */
public class Invalid extends RuntimeException {

    public final transient Errors errors;

    public Invalid(Errors errors) {
        super("Invalid input", null, false, false);
        this.errors = errors;
    }

    public static Invalid of(String field, String message) {
        return new Invalid(new Errors().add(field, message));
    }

    /** Throws when the errors hold anything, so a service can gather several checks first. */
    public static void unless(Errors errors) {
        if (errors.any()) {
            throw new Invalid(errors);
        }
    }

    /** The same problems as found by Bean Validation on a service method's {@code @Valid} input. */
    public static Invalid of(ConstraintViolationException e) {
        return new Invalid(Errors.of(e.getConstraintViolations()));
    }
}
