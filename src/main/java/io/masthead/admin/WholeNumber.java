package io.masthead.admin;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field that holds a whole number from {@code min} to {@code max}, as typed (a string, so
 * "ten" is a problem to show, not a 400). Empty is allowed when {@code min} is 0 and means 0.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {

    String message() default "{numberRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int min() default 0;

    int max() default Integer.MAX_VALUE;

    class Validator implements ConstraintValidator<WholeNumber, String> {

        private int min;
        private int max;

        @Override
        public void initialize(WholeNumber constraint) {
            min = constraint.min();
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return min <= 0 || problem(context, "{giveNumber}");
            }
            try {
                int n = Integer.parseInt(value.strip());
                return n >= min && n <= max;
            } catch (NumberFormatException e) {
                return problem(context, "{wholeNumber}");
            }
        }

        private static boolean problem(ConstraintValidatorContext context, String template) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
