package io.masthead.admin.section;

import io.masthead.admin.FormText;
import io.masthead.admin.Slug;
import io.masthead.admin.WholeNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The section form as typed; slug and parent only count when the section is created. */
public record SectionInput(
        @NotBlank(message = "{required}") @Size(max = 120, message = "{tooLong}") String name,
        @Slug String slug,
        String parent,
        @Size(max = 400, message = "{tooLong}") String description,
        @WholeNumber(min = 0, max = 10_000) String position) {

    SectionInput cleaned() {
        return new SectionInput(FormText.line(name), FormText.trim(slug), FormText.trim(parent),
                FormText.line(description), FormText.trim(position));
    }
}
