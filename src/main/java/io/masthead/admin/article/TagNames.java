package io.masthead.admin.article;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Tags typed as one comma-separated field: at most {@code count} of them, each at most {@code length} characters. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TagNames.Validator.class)
@interface TagNames {

    String message() default "{tooManyTags}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int count() default 20;

    int length() default 120;

    class Validator implements ConstraintValidator<TagNames, String> {

        private int count;
        private int length;

        @Override
        public void initialize(TagNames constraint) {
            count = constraint.count();
            length = constraint.length();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var names = ArticleForm.split(value);
            if (names.stream().anyMatch(name -> name.length() > length)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{tagTooLong}").addConstraintViolation();
                return false;
            }
            return names.size() <= count;
        }
    }
}
