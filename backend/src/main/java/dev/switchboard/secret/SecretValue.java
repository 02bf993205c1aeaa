package dev.switchboard.secret;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /secrets/{key}}. */
@Schema(name = "SecretValue", description = "A value to store; surrounding whitespace is removed")
public record SecretValue(
        @NotBlank @Size(max = SecretKeyName.MAX_VALUE_LENGTH)
        @Schema(description = "The plaintext value, write-only", required = true, maxLength = SecretKeyName.MAX_VALUE_LENGTH)
        String value) {

    /** Keeps logs and exception messages from ever printing the value. */
    @Override
    public String toString() {
        return "SecretValue[value=…]";
    }
}
