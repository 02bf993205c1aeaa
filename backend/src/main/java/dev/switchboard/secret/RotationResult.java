package dev.switchboard.secret;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rotation did. */
@Schema(name = "SecretRotationResult")
public record RotationResult(
        @Schema(description = "Secrets re-encrypted under the current SWITCHBOARD_SECRET", required = true) int reencrypted,
        @Schema(description = "Secrets no configured key opens, left as they are", required = true) int unreadable,
        @Schema(description = "Custom providers whose secret fields were re-encrypted, and those left unreadable",
                required = true) Count customProviders) {

    /** Rows re-encrypted and rows left unreadable. */
    @Schema(name = "RotationCount")
    public record Count(@Schema(required = true) int reencrypted, @Schema(required = true) int unreadable) {

        public static final Count NONE = new Count(0, 0);
    }
}
