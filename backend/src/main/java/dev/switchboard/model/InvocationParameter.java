package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** An invocation parameter ({@code parameters.*} of a request) that a provider may honour. */
public enum InvocationParameter {
    TEMPERATURE("temperature"),
    MAX_TOKENS("maxTokens"),
    TOP_P("topP"),
    STOP("stop"),
    SEED("seed"),
    REASONING_EFFORT("reasoningEffort");

    private final String wireName;

    InvocationParameter(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
