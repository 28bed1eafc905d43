package io.masthead.admin;

import io.masthead.web.Slugs;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A slug typed into a newsroom form: lowercase words joined by single hyphens; empty means "made from the name". */
@Pattern(regexp = "\\s*|\\s*" + Slugs.RULE + "\\s*")
@Size(max = Slugs.MAX_TYPED)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@jakarta.validation.ReportAsSingleViolation
public @interface Slug {

    String message() default "{slugRule}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
