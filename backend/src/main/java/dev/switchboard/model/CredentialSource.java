package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a credential's value came from; reported with every invocation, never the value itself. */
public enum CredentialSource {
    REQUEST("request"),
    SECRET("secret"),
    ENVIRONMENT("environment"),
    CUSTOM_PROVIDER("custom_provider"),
    AMBIENT("ambient");

    private final String wireName;

    CredentialSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether the server, not the person making the request, holds the value. */
    public boolean serverHeld() {
        return this != REQUEST;
    }
}
