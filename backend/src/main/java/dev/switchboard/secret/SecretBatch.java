package dev.switchboard.secret;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /secrets}: values to store and, with a null value, keys to delete. */
@Schema(name = "SecretBatch", description = "Changes applied together in one transaction")
public record SecretBatch(
        @NotNull @Size(max = 1000) @Schema(required = true)
        List<@NotNull @Valid Entry> secrets) {

    @Schema(name = "SecretBatchEntry", description = "A value to store, or null to delete the key")
    public record Entry(
            @NotNull @Pattern(regexp = SecretKeyName.REGEX, message = SecretKeyName.RULE)
            @Schema(required = true, pattern = "^" + SecretKeyName.REGEX + "$", examples = "OPENAI_API_KEY") String key,
            @Size(max = SecretKeyName.MAX_VALUE_LENGTH)
            @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank; send null to delete the secret")
            @Schema(description = "The plaintext value (trimmed), or null to delete", nullable = true,
                    maxLength = SecretKeyName.MAX_VALUE_LENGTH) String value) {

        @Override
        public String toString() {
            return "Entry[key=" + key + ", value=" + (value == null ? "null" : "…") + "]";
        }
    }
}
