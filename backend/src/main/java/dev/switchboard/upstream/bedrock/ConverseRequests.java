package dev.switchboard.upstream.bedrock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.Message;
import dev.switchboard.model.InvocationRequest.Parameters;
import dev.switchboard.model.InvocationRequest.Role;
import dev.switchboard.model.InvocationRequest.ToolCall;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Converse request body from an invocation.
 * <ul>
 *   <li>System messages become {@code system} text blocks.</li>
 *   <li>Tool messages become {@code toolResult} blocks of a user message; assistant tool calls become
 *       {@code toolUse} blocks whose {@code input} is the arguments parsed as a JSON object.</li>
 *   <li>Converse wants user and assistant turns to alternate, so adjacent messages of one role are
 *       merged into one message (several tool results answer one assistant turn this way).</li>
 *   <li>Empty text is left out: Converse rejects blank text blocks.</li>
 *   <li>Tool choice: auto → {@code auto}, required → {@code any}, {"name": f} → {@code tool}; none →
 *       no tools at all, unless the conversation already holds tool blocks, which Converse only
 *       accepts with a {@code toolConfig}: then the tools go without a choice.</li>
 * </ul>
 * Not mapped, because Converse has no general field for them: response format, seed and reasoning
 * effort (model-specific {@code additionalModelRequestFields}).
 */
final class ConverseRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConverseRequests() {
    }

    static ConverseWire.Request streaming(InvocationRequest request) {
        List<ConverseWire.SystemBlock> system = new ArrayList<>();
        List<ConverseWire.Message> messages = new ArrayList<>();
        List<Message> input = request.messages();
        for (int i = 0; i < input.size(); i++) {
            Message m = input.get(i);
            if (m.role() == Role.system) {
                if (m.content() != null && !m.content().isBlank()) {
                    system.add(new ConverseWire.SystemBlock(m.content()));
                }
                continue;
            }
            String role = m.role() == Role.assistant ? "assistant" : "user";
            List<ConverseWire.ContentBlock> blocks = blocks(m, i);
            if (blocks.isEmpty()) {
                continue;
            }
            ConverseWire.Message last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
            if (last != null && last.role().equals(role)) {
                last.content().addAll(blocks);
            } else {
                messages.add(new ConverseWire.Message(role, blocks));
            }
        }
        boolean toolHistory = messages.stream().flatMap(m -> m.content().stream())
                .anyMatch(b -> b.toolUse() != null || b.toolResult() != null);
        return new ConverseWire.Request(messages, system.isEmpty() ? null : system,
                inferenceConfig(request.parameters()), toolConfig(request, toolHistory));
    }

    private static List<ConverseWire.ContentBlock> blocks(Message m, int index) {
        List<ConverseWire.ContentBlock> blocks = new ArrayList<>();
        if (m.role() == Role.tool) {
            List<ConverseWire.ToolResultContent> content = m.content() == null || m.content().isEmpty()
                    ? List.of() : List.of(new ConverseWire.ToolResultContent(m.content()));
            blocks.add(new ConverseWire.ContentBlock(null, null, new ConverseWire.ToolResult(m.toolCallId(), content)));
            return blocks;
        }
        if (m.content() != null && !m.content().isBlank()) {
            blocks.add(ConverseWire.ContentBlock.text(m.content()));
        }
        for (int j = 0; j < m.toolCalls().size(); j++) {
            ToolCall call = m.toolCalls().get(j);
            blocks.add(new ConverseWire.ContentBlock(null,
                    new ConverseWire.ToolUse(call.id(), call.name(), arguments(call.arguments(), index, j)), null));
        }
        return blocks;
    }

    /** Converse takes tool input as a JSON object, not as text. */
    static JsonNode arguments(String arguments, int message, int call) {
        if (arguments == null || arguments.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = JSON.readTree(arguments);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw new ProblemException(ProblemType.BAD_REQUEST, "messages[" + message + "].toolCalls[" + call
                + "].arguments must be a JSON object for AWS Bedrock.");
    }

    private static ConverseWire.InferenceConfig inferenceConfig(Parameters p) {
        if (p.maxTokens() == null && p.temperature() == null && p.topP() == null && p.stop().isEmpty()) {
            return null;
        }
        return new ConverseWire.InferenceConfig(p.maxTokens(), p.temperature(), p.topP(),
                p.stop().isEmpty() ? null : p.stop());
    }

    private static ConverseWire.ToolConfig toolConfig(InvocationRequest request, boolean toolHistory) {
        if (request.tools().isEmpty()) {
            return null;
        }
        JsonNode choice = request.toolChoice();
        boolean none = choice != null && choice.isTextual() && "none".equals(choice.asText());
        if (none && !toolHistory) {
            return null;
        }
        List<ConverseWire.Tool> tools = request.tools().stream()
                .map(t -> new ConverseWire.Tool(new ConverseWire.ToolSpec(t.name(), blankToNull(t.description()),
                        new ConverseWire.InputSchema(t.parameters() == null || t.parameters().isNull()
                                ? emptySchema() : t.parameters()))))
                .toList();
        return new ConverseWire.ToolConfig(tools, none ? null : toolChoice(choice));
    }

    /** auto → {"auto":{}}, required → {"any":{}}, {"name": f} → {"tool":{"name": f}}; else the default. */
    static JsonNode toolChoice(JsonNode choice) {
        if (choice == null || choice.isNull()) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (choice.isObject() && choice.hasNonNull("name")) {
            node.putObject("tool").put("name", choice.get("name").asText());
            return node;
        }
        return switch (choice.asText()) {
            case "auto" -> {
                node.putObject("auto");
                yield node;
            }
            case "required" -> {
                node.putObject("any");
                yield node;
            }
            default -> null;
        };
    }

    private static ObjectNode emptySchema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        schema.putObject("properties");
        return schema;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
