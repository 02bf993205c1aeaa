package dev.switchboard.secret;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A stored secret as listings show it: never the value. */
@Schema(name = "SecretSummary", description = "A stored secret; the value itself is never returned")
public record SecretSummary(
        @Schema(description = "The secret's name, an environment-variable name", examples = "OPENAI_API_KEY",
                required = true) String key,
        @Schema(description = "ok: the current or a previous SWITCHBOARD_SECRET opens the value;"
                + " unreadable: no configured key does (overwrite or delete it)",
                enumeration = {"ok", "unreadable"}, required = true) String status,
        @Schema(description = "The last four characters of the value, only for readable values of at least"
                + " 20 characters; otherwise null", examples = "x9Qz", nullable = true) String hint,
        @Schema(description = "When the value was last written", required = true) Instant updatedAt) {

    static final String OK = "ok";
    static final String UNREADABLE = "unreadable";
    static final int HINT_MIN_LENGTH = 20;
    static final int HINT_LENGTH = 4;

    static SecretSummary readable(String key, String value, Instant updatedAt) {
        return new SecretSummary(key, OK, hint(value), updatedAt);
    }

    static SecretSummary unreadable(String key, Instant updatedAt) {
        return new SecretSummary(key, UNREADABLE, null, updatedAt);
    }

    /** Counted in code points, so that a hint never splits a character. */
    public static String hint(String value) {
        int length = value.codePointCount(0, value.length());
        if (length < HINT_MIN_LENGTH) {
            return null;
        }
        return value.substring(value.offsetByCodePoints(0, length - HINT_LENGTH));
    }
}
