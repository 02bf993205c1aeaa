package dev.switchboard.secret;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rotation did. */
@Schema(name = "SecretRotationResult")
public record RotationResult(
        @Schema(description = "Rows re-encrypted under the current SWITCHBOARD_SECRET", required = true) int reencrypted,
        @Schema(description = "Rows no configured key opens, left as they are", required = true) int unreadable) {
}
