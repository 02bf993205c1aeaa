package dev.switchboard.secret;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a batch changed. */
@Schema(name = "SecretBatchResult")
public record BatchResult(
        @Schema(description = "Keys created or replaced, in request order", required = true) List<String> upserted,
        @Schema(description = "Keys deleted, in request order; a null entry for a key that did not exist"
                + " is not listed", required = true) List<String> deleted) {
}
