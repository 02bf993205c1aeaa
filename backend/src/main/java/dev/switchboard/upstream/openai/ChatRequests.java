package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.Message;
import dev.switchboard.model.InvocationRequest.Parameters;
import dev.switchboard.model.InvocationRequest.ResponseFormat;

import java.util.List;

/** Builds the Chat Completions request body from an invocation. */
final class ChatRequests {

    private ChatRequests() {
    }

    static ChatWire.Request streaming(InvocationRequest request) {
        return body(request, true);
    }

    /** The body that asks for the whole answer in one response ({@code stream: false}). */
    static ChatWire.Request whole(InvocationRequest request) {
        return body(request, false);
    }

    private static ChatWire.Request body(InvocationRequest request, boolean stream) {
        Parameters p = request.parameters();
        return new ChatWire.Request(
                request.model(),
                request.messages().stream().map(ChatRequests::message).toList(),
                stream,
                stream ? new ChatWire.StreamOptions(true) : null, // OpenAI refuses stream_options without stream
                request.tools().isEmpty() ? null : request.tools().stream()
                        .map(t -> new ChatWire.Tool("function",
                                new ChatWire.FunctionDefinition(t.name(), t.description(), t.parameters())))
                        .toList(),
                request.tools().isEmpty() ? null : toolChoice(request.toolChoice()),
                responseFormat(request.responseFormat()),
                p.temperature(), p.topP(), p.maxTokens(),
                p.stop().isEmpty() ? null : p.stop(),
                p.seed(),
                p.reasoningEffort(),
                p.frequencyPenalty(), p.presencePenalty());
    }

    private static ChatWire.Message message(Message m) {
        List<ChatWire.ToolCall> calls = m.toolCalls().stream()
                .map(c -> new ChatWire.ToolCall(c.id(), "function",
                        new ChatWire.Function(c.name(), c.arguments() == null ? "{}" : c.arguments())))
                .toList();
        return new ChatWire.Message(m.role().name(), m.content(), calls, m.toolCallId());
    }

    /** "auto" | "none" | "required" pass through; {"name": f} names one function. */
    static JsonNode toolChoice(JsonNode choice) {
        if (choice == null || choice.isNull()) {
            return null;
        }
        if (choice.isObject() && choice.hasNonNull("name")) {
            ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "function");
            node.putObject("function").put("name", choice.get("name").asText());
            return node;
        }
        return choice;
    }

    static JsonNode responseFormat(ResponseFormat format) {
        if (format == null) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", format.type().name());
        if (format.type() == ResponseFormat.FormatType.json_schema) {
            node.set("json_schema", schemaFields(format));
        }
        return node;
    }

    /** {@code name}, {@code schema} and {@code strict} of a JSON-schema format, as both OpenAI APIs name them. */
    static ObjectNode schemaFields(ResponseFormat format) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.put("name", format.name() == null ? "response" : format.name());
        if (format.schema() != null) {
            fields.set("schema", format.schema());
        }
        if (format.strict() != null) {
            fields.put("strict", format.strict());
        }
        return fields;
    }
}
