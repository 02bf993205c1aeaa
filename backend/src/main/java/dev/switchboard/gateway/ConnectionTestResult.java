package dev.switchboard.gateway;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a connection test found. A provider that refused or could not be reached is {@code ok: false}, not an error. */
@Schema(name = "ConnectionTestResult")
public record ConnectionTestResult(
        @Schema(required = true, description = "Whether the address and credentials work") boolean ok,
        @Schema(description = "The provider's HTTP status; null when it gave none (unreachable, timed out, no token)",
                nullable = true) Integer status,
        @Schema(description = "Why the test failed, with every credential removed; null when ok", nullable = true)
        String error) {
}
