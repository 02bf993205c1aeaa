package dev.switchboard.upstream.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.Message;
import dev.switchboard.model.InvocationRequest.Parameters;
import dev.switchboard.model.InvocationRequest.ResponseFormat;
import dev.switchboard.model.InvocationRequest.Role;
import dev.switchboard.upstream.ReasoningEffort;
import dev.switchboard.upstream.ToolArguments;
import dev.switchboard.upstream.ToolChoice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the GenerateContentRequest from an invocation.
 * <ul>
 * <li>System messages, wherever they stand, become {@code systemInstruction} parts.</li>
 * <li>Assistant messages are {@code model} turns; their tool calls {@code functionCall} parts. Tool
 *     messages are {@code functionResponse} parts in a user turn, named after the earlier call with
 *     the same id; the response is the result parsed as a JSON object, or {@code {"result": …}} around
 *     anything else. Consecutive turns of the same role are merged.</li>
 * <li>A tool call's {@code thoughtSignature} goes back on its functionCall part, as it came. Gemini 3
 *     models refuse a replayed function call turn without one; where the client has none for a model
 *     turn (a history written by hand, or from another provider), its first call carries the
 *     placeholder Google documents for such histories ({@value #SIGNATURE_PLACEHOLDER}).</li>
 * <li>Tool parameters and json_schema response formats go through {@link GeminiSchemas};
 *     json_object is {@code responseMimeType: application/json} alone.</li>
 * <li>Reasoning effort becomes {@code thinkingConfig}: none is a budget of 0 (models that cannot stop
 *     thinking refuse it), minimal 512, low 1024, medium 8192, high 24576, with thought summaries
 *     included (they stream as reasoning). Without an effort the model decides and thoughts are not
 *     returned.</li>
 * </ul>
 */
final class GeminiRequests {

    static final String SIGNATURE_PLACEHOLDER = "skip_thought_signature_validator";
    private static final String JSON = "application/json";

    private GeminiRequests() {
    }

    static GeminiWire.Request streaming(InvocationRequest request) {
        boolean tools = !request.tools().isEmpty();
        GeminiWire.GenerationConfig config = generationConfig(request);
        return new GeminiWire.Request(
                contents(request.messages(), needsSignatures(request.model())),
                systemInstruction(request.messages()),
                tools ? List.of(new GeminiWire.Tool(request.tools().stream()
                        .map(t -> new GeminiWire.FunctionDeclaration(t.name(), t.description(), parameters(t.parameters())))
                        .toList())) : null,
                tools ? toolConfig(ToolChoice.of(request.toolChoice())) : null,
                config.isEmpty() ? null : config);
    }

    /** The resource name: {@code models/x} for {@code x} or {@code models/x}; other resources (tunedModels/…) as given. */
    static String resource(String model) {
        String name = model.strip();
        return name.contains("/") ? name : "models/" + name;
    }

    private static boolean needsSignatures(String model) {
        String name = resource(model);
        return name.substring(name.indexOf('/') + 1).startsWith("gemini-3");
    }

    private static GeminiWire.Content systemInstruction(List<Message> messages) {
        List<GeminiWire.Part> parts = messages.stream()
                .filter(m -> m.role() == Role.system && m.content() != null && !m.content().isBlank())
                .map(m -> GeminiWire.Part.text(m.content()))
                .toList();
        return parts.isEmpty() ? null : new GeminiWire.Content(null, parts);
    }

    private static List<GeminiWire.Content> contents(List<Message> messages, boolean signatures) {
        Map<String, String> callNames = new HashMap<>();
        List<GeminiWire.Content> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.role() == Role.system) {
                continue;
            }
            String role = m.role() == Role.assistant ? "model" : "user";
            List<GeminiWire.Part> parts = m.role() == Role.tool
                    ? List.of(functionResponse(m, i, callNames))
                    : parts(m, i, callNames);
            if (parts.isEmpty()) {
                continue;
            }
            GeminiWire.Content last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.role().equals(role)) {
                last.parts().addAll(parts);
            } else {
                out.add(new GeminiWire.Content(role, new ArrayList<>(parts)));
            }
        }
        return signatures ? signed(out) : out;
    }

    private static List<GeminiWire.Part> parts(Message m, int index, Map<String, String> callNames) {
        List<GeminiWire.Part> parts = new ArrayList<>();
        if (m.content() != null && !m.content().isEmpty()) {
            parts.add(GeminiWire.Part.text(m.content()));
        }
        if (m.role() == Role.assistant) {
            for (int j = 0; j < m.toolCalls().size(); j++) {
                InvocationRequest.ToolCall call = m.toolCalls().get(j);
                callNames.put(call.id(), call.name());
                parts.add(GeminiWire.Part.call(new GeminiWire.FunctionCall(null, call.name(), ToolArguments.object(
                        call.arguments(), "messages[" + index + "].toolCalls[" + j + "].arguments")),
                        call.thoughtSignature() == null || call.thoughtSignature().isBlank() ? null
                                : call.thoughtSignature()));
            }
        }
        return parts;
    }

    private static GeminiWire.Part functionResponse(Message m, int index, Map<String, String> callNames) {
        String name = m.toolCallId() == null ? null : callNames.get(m.toolCallId());
        if (name == null) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Gemini names tool results after their call, and this one answers no earlier call.",
                    List.of(new FieldError("messages[" + index + "].toolCallId",
                            "must be the id of a tool call in an earlier assistant message")));
        }
        JsonNode parsed = ToolArguments.parse(m.content());
        JsonNode response = parsed != null && parsed.isObject() ? parsed
                : JsonNodeFactory.instance.objectNode().set("result", parsed != null ? parsed
                        : JsonNodeFactory.instance.textNode(m.content() == null ? "" : m.content()));
        return GeminiWire.Part.response(new GeminiWire.FunctionResponse(name, response));
    }

    /**
     * The first function call of every model turn whose calls carry no signature gets the placeholder; a
     * turn with a real signature is sent as the model signed it (only its first parallel call has one).
     */
    private static List<GeminiWire.Content> signed(List<GeminiWire.Content> contents) {
        for (GeminiWire.Content content : contents) {
            List<GeminiWire.Part> parts = content.parts();
            if (parts.stream().anyMatch(part -> part.functionCall() != null && part.thoughtSignature() != null)) {
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                GeminiWire.Part part = parts.get(i);
                if (part.functionCall() != null) {
                    parts.set(i, GeminiWire.Part.call(part.functionCall(), SIGNATURE_PLACEHOLDER));
                    break;
                }
            }
        }
        return contents;
    }

    /** Gemini refuses an OBJECT without properties: a tool without parameters declares none. */
    private static JsonNode parameters(JsonNode parameters) {
        JsonNode schema = GeminiSchemas.of(parameters);
        if (schema == null || ("OBJECT".equals(schema.path("type").asText()) && schema.path("properties").isEmpty())) {
            return null;
        }
        return schema;
    }

    static GeminiWire.ToolConfig toolConfig(ToolChoice choice) {
        if (choice == null) {
            return null;
        }
        GeminiWire.FunctionCallingConfig config = switch (choice.mode()) {
            case AUTO -> new GeminiWire.FunctionCallingConfig("AUTO", null);
            case NONE -> new GeminiWire.FunctionCallingConfig("NONE", null);
            case REQUIRED -> new GeminiWire.FunctionCallingConfig("ANY", null);
            case NAMED -> new GeminiWire.FunctionCallingConfig("ANY", List.of(choice.name()));
        };
        return new GeminiWire.ToolConfig(config);
    }

    private static GeminiWire.GenerationConfig generationConfig(InvocationRequest request) {
        Parameters p = request.parameters();
        ResponseFormat format = request.responseFormat();
        ResponseFormat.FormatType type = format == null ? ResponseFormat.FormatType.text : format.type();
        return new GeminiWire.GenerationConfig(
                p.temperature(), p.topP(), p.maxTokens(),
                p.stop().isEmpty() ? null : p.stop(),
                p.seed(),
                type == ResponseFormat.FormatType.text ? null : JSON,
                type == ResponseFormat.FormatType.json_schema ? GeminiSchemas.of(format.schema()) : null,
                thinkingConfig(ReasoningEffort.of(p.reasoningEffort())),
                p.frequencyPenalty(), p.presencePenalty());
    }

    static GeminiWire.ThinkingConfig thinkingConfig(ReasoningEffort effort) {
        if (effort == null) {
            return null;
        }
        return switch (effort) {
            case NONE -> new GeminiWire.ThinkingConfig(0, null);
            case MINIMAL -> new GeminiWire.ThinkingConfig(512, true);
            case LOW -> new GeminiWire.ThinkingConfig(1024, true);
            case MEDIUM -> new GeminiWire.ThinkingConfig(8192, true);
            case HIGH -> new GeminiWire.ThinkingConfig(24576, true);
        };
    }
}
