package io.masthead.admin.settings;

import io.masthead.admin.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The site-settings form as typed. */
public record SettingsInput(
        @NotBlank(message = "{required}") @Size(max = 120, message = "{tooLong}") String siteName,
        @NotBlank(message = "{required}") @Size(max = 500, message = "{tooLong}") String disclaimer) {

    SettingsInput cleaned() {
        return new SettingsInput(FormText.line(siteName), FormText.line(disclaimer));
    }
}
