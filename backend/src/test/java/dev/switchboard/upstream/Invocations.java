package dev.switchboard.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.Message;
import dev.switchboard.model.InvocationRequest.Parameters;
import dev.switchboard.model.InvocationRequest.ResponseFormat;
import dev.switchboard.model.InvocationRequest.Role;
import dev.switchboard.model.InvocationRequest.Tool;
import dev.switchboard.model.InvocationRequest.ToolCall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Invocation requests for request-builder tests, and their wire bodies as JSON trees. */
public final class Invocations {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Parameters NO_PARAMETERS = parameters(null, null, null, List.of(), null, null);

    private Invocations() {
    }

    public static InvocationRequest request(String model, List<Message> messages) {
        return request(model, messages, List.of(), null, null, NO_PARAMETERS);
    }

    public static InvocationRequest request(String model, List<Message> messages, List<Tool> tools,
                                            JsonNode toolChoice, ResponseFormat format, Parameters parameters) {
        return new InvocationRequest("TEST", null, model, null, messages, tools, toolChoice, format, parameters,
                null, null, null);
    }

    public static Parameters parameters(Double temperature, Integer maxTokens, Double topP, List<String> stop,
                                        Long seed, String reasoningEffort) {
        return new Parameters(temperature, maxTokens, topP, stop, seed, reasoningEffort, null, null, null);
    }

    public static Parameters effort(String reasoningEffort, Integer maxTokens) {
        return parameters(null, maxTokens, null, List.of(), null, reasoningEffort);
    }

    public static Message system(String content) {
        return new Message(Role.system, content, null, null);
    }

    public static Message user(String content) {
        return new Message(Role.user, content, null, null);
    }

    public static Message assistant(String content, ToolCall... calls) {
        return new Message(Role.assistant, content, List.of(calls), null);
    }

    public static Message tool(String toolCallId, String content) {
        return new Message(Role.tool, content, null, toolCallId);
    }

    public static ToolCall call(String id, String name, String arguments) {
        return new ToolCall(id, name, arguments);
    }

    public static Tool weatherTool() {
        return new Tool("get_weather", "Current weather", json("""
                {"type": "object", "properties": {"location": {"type": "string"},
                 "unit": {"type": ["string", "null"], "enum": ["celsius", "fahrenheit"]}},
                 "required": ["location"], "additionalProperties": false}"""));
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as the client writes it on the wire, read back. */
    public static JsonNode tree(Object wire) {
        try {
            return JSON.readTree(JSON.writeValueAsBytes(wire));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
