package io.masthead.admin.tag;

import io.masthead.admin.Slug;
import io.masthead.admin.FormText;
import io.masthead.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The tag form as typed. */
public record TagInput(
        @NotBlank(message = "{required}") @Size(max = 120, message = "{tooLong}") String name,
        @Slug String slug) {

    /** As it will be stored: see {@link PlainText}. */
    TagInput cleaned() {
        return new TagInput(FormText.line(name), FormText.trim(slug));
    }
}
