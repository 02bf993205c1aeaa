package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The two OpenAI request shapes; only OpenAI and Azure OpenAI offer a choice. */
public enum ApiType {
    CHAT_COMPLETIONS("chat_completions"),
    RESPONSES("responses");

    private final String wireName;

    ApiType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
