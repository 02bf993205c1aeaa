package dev.switchboard.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.switchboard.model.InvocationParameter.frequencyPenalty;
import static dev.switchboard.model.InvocationParameter.maxTokens;
import static dev.switchboard.model.InvocationParameter.presencePenalty;
import static dev.switchboard.model.InvocationParameter.reasoningEffort;
import static dev.switchboard.model.InvocationParameter.seed;
import static dev.switchboard.model.InvocationParameter.stop;
import static dev.switchboard.model.InvocationParameter.temperature;
import static dev.switchboard.model.InvocationParameter.topP;

/**
 * The wire protocol a provider speaks; OpenAI-compatible servers speak {@link #OPENAI}. Each protocol
 * says which invocation parameters its request builder sends (and the highest temperature it takes) and
 * which connection overrides its credentials resolution reads, so that clients (the playground) show, and
 * validation accepts, only what takes effect.
 */
public enum Sdk {
    OPENAI("openai", 2, EnumSet.allOf(InvocationParameter.class), EnumSet.of(ConnectionField.baseUrl)),
    AZURE_OPENAI("azure_openai", 2, EnumSet.allOf(InvocationParameter.class),
            EnumSet.of(ConnectionField.azureEndpoint)),
    /** Messages API: no seed and no penalties; reasoning effort becomes a thinking budget. */
    ANTHROPIC("anthropic", 1, EnumSet.of(temperature, maxTokens, topP, stop, reasoningEffort),
            EnumSet.of(ConnectionField.baseUrl)),
    /** Reasoning effort becomes a thinking configuration. */
    GOOGLE_GENAI("google_genai", 2, EnumSet.allOf(InvocationParameter.class), EnumSet.of(ConnectionField.baseUrl)),
    /** Converse's inference configuration has no seed, no penalties and no reasoning effort. */
    AWS_BEDROCK("aws_bedrock", 1, EnumSet.of(temperature, maxTokens, topP, stop),
            EnumSet.of(ConnectionField.region, ConnectionField.baseUrl));

    /** What OpenAI's Responses API (OpenAI, Azure OpenAI) has no field for, so it is not sent there. */
    private static final Set<InvocationParameter> NOT_IN_RESPONSES = EnumSet.of(stop, seed, frequencyPenalty,
            presencePenalty);

    private final String wireName;
    private final double maxTemperature;
    private final List<InvocationParameter> parameters;
    private final List<ConnectionField> connection;

    Sdk(String wireName, double maxTemperature, EnumSet<InvocationParameter> parameters,
        EnumSet<ConnectionField> connection) {
        this.wireName = wireName;
        this.maxTemperature = maxTemperature;
        this.parameters = List.copyOf(parameters);
        this.connection = List.copyOf(connection);
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The highest {@code parameters.temperature} this protocol takes (the lowest is 0 everywhere). */
    public double maxTemperature() {
        return maxTemperature;
    }

    /** The invocation parameters this protocol's requests carry, in a stable order; others are not sent. */
    public List<InvocationParameter> parameters() {
        return parameters;
    }

    /** The invocation parameters a request of this API type carries: {@link #parameters()}, less what the Responses API lacks. */
    public List<InvocationParameter> parameters(ApiType apiType) {
        return apiType == ApiType.RESPONSES
                ? parameters.stream().filter(p -> !NOT_IN_RESPONSES.contains(p)).toList() : parameters;
    }

    /** The connection overrides a request may set for a provider of this protocol. */
    public List<ConnectionField> connection() {
        return connection;
    }
}
