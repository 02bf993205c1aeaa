package dev.switchboard.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.Problems;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.InvocationParameter;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.Message;
import dev.switchboard.model.InvocationRequest.Role;
import dev.switchboard.model.InvocationRequest.Tool;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.Sdk;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an invocation must satisfy before anything is resolved or sent upstream: its own shape (the
 * request's bean constraints, the tools, the conversation) and what the chosen protocol and API type
 * take (the temperature range, the parameters it honours). Violations are collected, one per field,
 * so that one 422 lists them all.
 */
@Singleton
class InvocationRules {

    private final Validator validator;

    InvocationRules(Validator validator) {
        this.validator = validator;
    }

    /**
     * Every violation: of the shape, and, when the provider is known ({@code provider} not null), of what its
     * protocol takes on the API type.
     */
    List<FieldError> check(InvocationRequest request, ProviderDefinition provider, ApiType apiType) {
        Errors errors = new Errors();
        Problems.fieldErrors(validator.validate(request)).forEach(e -> errors.add(e.field(), e.message()));
        tools(request.tools(), errors);
        conversation(request.messages(), errors);
        if (provider != null) {
            parameters(provider, apiType, request.parameters(), errors);
        }
        return errors.list;
    }

    private static void parameters(ProviderDefinition provider, ApiType apiType, InvocationRequest.Parameters parameters,
                                   Errors errors) {
        Sdk sdk = provider.sdk();
        List<InvocationParameter> honoured = sdk.parameters(apiType);
        for (InvocationParameter parameter : InvocationParameter.values()) {
            if (parameter.isSetIn(parameters) && !honoured.contains(parameter)) {
                errors.add("parameters." + parameter, "is not taken by " + provider.displayName()
                        + (apiType == ApiType.RESPONSES ? " on the Responses API" : "") + "; leave it out");
            }
        }
        if (parameters.temperature() != null && parameters.temperature() > sdk.maxTemperature()) {
            errors.add("parameters.temperature", "must be at most " + (int) sdk.maxTemperature() + " for "
                    + provider.displayName());
        }
    }

    private static void tools(List<Tool> tools, Errors errors) {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < tools.size(); i++) {
            Tool tool = tools.get(i);
            if (tool == null) {
                continue;
            }
            Integer first = tool.name() == null ? null : names.putIfAbsent(tool.name(), i);
            if (first != null) {
                errors.add("tools[" + i + "].name", "repeats the name of tools[" + first + "]; tool names are unique");
            }
            JsonNode schema = tool.parameters();
            if (schema != null && !schema.isNull()
                    && (!schema.isObject() || (schema.has("type") && !"object".equals(schema.get("type").asText(null))))) {
                errors.add("tools[" + i + "].parameters", "must be a JSON Schema of an object ({\"type\": \"object\", …})");
            }
        }
    }

    /** A tool message answers a call an earlier assistant message made; an assistant message says or calls something. */
    private static void conversation(List<Message> messages, Errors errors) {
        if (messages == null) {
            return; // "must not be empty", from the bean constraints
        }
        Set<String> calls = new HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (message == null || message.role() == null) {
                continue;
            }
            String at = "messages[" + i + "].";
            if (message.role() == Role.assistant) {
                if ((message.content() == null || message.content().isEmpty()) && message.toolCalls().isEmpty()) {
                    errors.add(at + "content", "an assistant message needs content or toolCalls");
                }
                message.toolCalls().forEach(call -> {
                    if (call != null && call.id() != null) {
                        calls.add(call.id());
                    }
                });
            } else if (message.role() == Role.tool) {
                if (message.toolCallId() == null || message.toolCallId().isBlank()) {
                    errors.add(at + "toolCallId", "a tool message needs the id of the tool call it answers");
                } else if (!calls.contains(message.toolCallId())) {
                    errors.add(at + "toolCallId", "answers no tool call of an earlier assistant message");
                }
            }
        }
    }

    /** Field errors, at most one per field: the first reason found is the one reported. */
    private static final class Errors {

        private final List<FieldError> list = new ArrayList<>();
        private final Set<String> fields = new HashSet<>();

        void add(String field, String message) {
            if (fields.add(field)) {
                list.add(new FieldError(field, message));
            }
        }
    }
}
