package io.masthead.admin.author;

import io.masthead.admin.FormText;
import io.masthead.admin.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The author form as typed; the slug only counts when the author is created. */
public record AuthorInput(
        @NotBlank(message = "{required}") @Size(max = 120, message = "{tooLong}") String name,
        @Slug String slug,
        @Size(max = 200, message = "{tooLong}") String title,
        @Size(max = 2000, message = "{tooLong}") String bio,
        boolean contributor) {

    AuthorInput cleaned() {
        return new AuthorInput(FormText.line(name), FormText.trim(slug), FormText.line(title), FormText.text(bio),
                contributor);
    }
}
