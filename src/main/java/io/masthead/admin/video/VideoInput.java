package io.masthead.admin.video;

import io.masthead.web.SameSitePath;
import io.masthead.admin.FormText;
import io.masthead.admin.WholeNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The video form as typed. The file is a path on this site (see {@link SameSitePath}), never another host or a script URL. */
public record VideoInput(
        @NotBlank(message = "{required}") @Size(max = 300, message = "{tooLong}") String title,
        String channel,
        @Size(max = 2000, message = "{tooLong}") String description,
        @WholeNumber(min = 1, max = 24 * 3600) String duration,
        @NotBlank(message = "{required}") @Size(max = 500, message = "{tooLong}")
        @Pattern(regexp = SameSitePath.REGEX, message = "{videoSource}") String source,
        @Size(max = 400, message = "{tooLong}") String alt,
        boolean published) {

    VideoInput cleaned() {
        return new VideoInput(FormText.line(title), FormText.trim(channel), FormText.text(description),
                FormText.trim(duration), FormText.line(source), FormText.line(alt), published);
    }
}
