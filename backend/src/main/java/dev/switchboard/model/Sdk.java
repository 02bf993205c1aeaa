package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.EnumSet;
import java.util.List;

import static dev.switchboard.model.InvocationParameter.maxTokens;
import static dev.switchboard.model.InvocationParameter.reasoningEffort;
import static dev.switchboard.model.InvocationParameter.stop;
import static dev.switchboard.model.InvocationParameter.temperature;
import static dev.switchboard.model.InvocationParameter.topP;

/**
 * The wire protocol a provider speaks; OpenAI-compatible servers speak {@link #OPENAI}. Each protocol
 * says which invocation parameters its request builder sends and which connection overrides its
 * credentials resolution reads, so that clients (the playground) can show only what takes effect.
 */
public enum Sdk {
    OPENAI("openai", EnumSet.allOf(InvocationParameter.class), EnumSet.of(ConnectionField.baseUrl)),
    AZURE_OPENAI("azure_openai", EnumSet.allOf(InvocationParameter.class), EnumSet.of(ConnectionField.azureEndpoint)),
    /** Messages API: no seed; reasoning effort becomes a thinking budget. */
    ANTHROPIC("anthropic", EnumSet.of(temperature, maxTokens, topP, stop, reasoningEffort),
            EnumSet.of(ConnectionField.baseUrl)),
    /** Reasoning effort becomes a thinking configuration. */
    GOOGLE_GENAI("google_genai", EnumSet.allOf(InvocationParameter.class), EnumSet.of(ConnectionField.baseUrl)),
    /** Converse's inference configuration has no seed and no reasoning effort. */
    AWS_BEDROCK("aws_bedrock", EnumSet.of(temperature, maxTokens, topP, stop),
            EnumSet.of(ConnectionField.region, ConnectionField.baseUrl));

    private final String wireName;
    private final List<InvocationParameter> parameters;
    private final List<ConnectionField> connection;

    Sdk(String wireName, EnumSet<InvocationParameter> parameters, EnumSet<ConnectionField> connection) {
        this.wireName = wireName;
        this.parameters = List.copyOf(parameters);
        this.connection = List.copyOf(connection);
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The invocation parameters this protocol's requests carry, in a stable order; others are not sent. */
    public List<InvocationParameter> parameters() {
        return parameters;
    }

    /** The connection overrides a request may set for a provider of this protocol. */
    public List<ConnectionField> connection() {
        return connection;
    }
}
