package dev.switchboard.provider;

import com.fasterxml.jackson.annotation.JsonValue;

/** The wire protocol a provider speaks; OpenAI-compatible servers speak {@link #OPENAI}. */
public enum Sdk {
    OPENAI("openai"),
    AZURE_OPENAI("azure_openai"),
    ANTHROPIC("anthropic"),
    GOOGLE_GENAI("google_genai"),
    AWS_BEDROCK("aws_bedrock");

    private final String wireName;

    Sdk(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
