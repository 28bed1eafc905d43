package io.masthead.admin.user;

import io.masthead.admin.FormText;
import io.masthead.user.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** The new-user form as typed; the username is compared in lowercase, the password exactly as typed. */
public record NewUserInput(
        @NotNull(message = "{usernameRule}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{usernameRule}")
        String username,
        @NotBlank(message = "{required}") @Size(max = 120, message = "{tooLong}") String displayName,
        @Size(min = User.MIN_PASSWORD, message = "{tooShort}")
        @Size(max = User.MAX_PASSWORD, message = "{tooLong}") String password,
        @NotNull(message = "{chooseRole}") @Pattern(regexp = "CONTRIBUTOR|EDITOR|ADMIN", message = "{chooseRole}") String role,
        String author) {

    NewUserInput cleaned() {
        return new NewUserInput(username == null ? null : username.strip().toLowerCase(Locale.ROOT),
                FormText.line(displayName), password == null ? "" : password, role == null ? null : role.strip().toUpperCase(Locale.ROOT),
                FormText.trim(author));
    }
}
