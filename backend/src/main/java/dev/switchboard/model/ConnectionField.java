package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A routing override ({@code connection.*} of a request) that a provider accepts. */
public enum ConnectionField {
    BASE_URL("baseUrl"),
    AZURE_ENDPOINT("azureEndpoint"),
    REGION("region");

    private final String wireName;

    ConnectionField(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
