package dev.switchboard.upstream.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the Messages request body from an invocation.
 * <ul>
 * <li>System messages, wherever they stand, become the top-level {@code system} (joined by blank lines).</li>
 * <li>Assistant tool calls become {@code tool_use} blocks (arguments parsed to an object); tool messages
 *     become {@code tool_result} blocks in a user turn. Consecutive turns of the same role are merged,
 *     since the API wants user and assistant to alternate (parallel tool results share one turn).</li>
 * <li>{@code max_tokens} is required: {@value #DEFAULT_MAX_TOKENS} when the invocation sets none
 *     (plus the thinking budget when thinking).</li>
 * <li>Reasoning effort turns on extended thinking with a budget: minimal 1024 (the API's minimum),
 *     low 2048, medium 8192, high 16384; none leaves it off. The budget must stay below
 *     {@code max_tokens}, so an explicit maxTokens caps it, and one of 1024 or less cannot think (422).</li>
 * <li>Response formats: the Messages API has none, so json_object and json_schema are refused (422)
 *     rather than approximated; text is the default and is accepted.</li>
 * <li>There is no seed; it is not sent.</li>
 * </ul>
 */
final class AnthropicRequests {

    static final int DEFAULT_MAX_TOKENS = 4096;
    static final int MIN_THINKING_BUDGET = 1024;

    private AnthropicRequests() {
    }

    static AnthropicWire.Request streaming(InvocationRequest request) {
        Parameters p = request.parameters();
        refuseResponseFormat(request.responseFormat());
        Integer budget = thinkingBudget(ReasoningEffort.of(p.reasoningEffort()));
        int maxTokens = p.maxTokens() != null ? p.maxTokens()
                : DEFAULT_MAX_TOKENS + (budget == null ? 0 : budget);
        AnthropicWire.Thinking thinking = budget == null ? null
                : new AnthropicWire.Thinking("enabled", cappedBudget(budget, maxTokens));
        boolean tools = !request.tools().isEmpty();
        return new AnthropicWire.Request(
                request.model(),
                messages(request.messages()),
                system(request.messages()),
                maxTokens,
                p.stop().isEmpty() ? null : p.stop(),
                true,
                p.temperature(), p.topP(),
                tools ? request.tools().stream()
                        .map(t -> new AnthropicWire.Tool(t.name(), t.description(), inputSchema(t.parameters())))
                        .toList() : null,
                tools ? toolChoice(ToolChoice.of(request.toolChoice())) : null,
                thinking);
    }

    private static String system(List<Message> messages) {
        String system = messages.stream()
                .filter(m -> m.role() == Role.system && m.content() != null && !m.content().isBlank())
                .map(Message::content)
                .collect(Collectors.joining("\n\n"));
        return system.isEmpty() ? null : system;
    }

    private static List<AnthropicWire.Message> messages(List<Message> messages) {
        List<AnthropicWire.Message> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.role() == Role.system) {
                continue;
            }
            String role = m.role() == Role.assistant ? "assistant" : "user";
            List<AnthropicWire.Block> blocks = blocks(m, i);
            if (blocks.isEmpty()) {
                continue;
            }
            AnthropicWire.Message last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.role().equals(role)) {
                last.content().addAll(blocks);
            } else {
                out.add(new AnthropicWire.Message(role, blocks));
            }
        }
        return out;
    }

    private static List<AnthropicWire.Block> blocks(Message m, int index) {
        List<AnthropicWire.Block> blocks = new ArrayList<>();
        if (m.role() == Role.tool) {
            blocks.add(AnthropicWire.Block.toolResult(m.toolCallId(), m.content() == null ? "" : m.content()));
            return blocks;
        }
        if (m.content() != null && !m.content().isEmpty()) {
            blocks.add(AnthropicWire.Block.text(m.content()));
        }
        if (m.role() == Role.assistant) {
            for (int j = 0; j < m.toolCalls().size(); j++) {
                InvocationRequest.ToolCall call = m.toolCalls().get(j);
                blocks.add(AnthropicWire.Block.toolUse(call.id(), call.name(), ToolArguments.object(call.arguments(),
                        "messages[" + index + "].toolCalls[" + j + "].arguments")));
            }
        }
        return blocks;
    }

    /** input_schema is required; a tool without parameters takes an empty object. */
    private static JsonNode inputSchema(JsonNode parameters) {
        if (parameters == null || parameters.isNull() || !parameters.isObject()) {
            ObjectNode empty = JsonNodeFactory.instance.objectNode().put("type", "object");
            empty.putObject("properties");
            return empty;
        }
        return parameters;
    }

    static AnthropicWire.ToolChoice toolChoice(ToolChoice choice) {
        if (choice == null) {
            return null;
        }
        return switch (choice.mode()) {
            case AUTO -> new AnthropicWire.ToolChoice("auto", null);
            case NONE -> new AnthropicWire.ToolChoice("none", null);
            case REQUIRED -> new AnthropicWire.ToolChoice("any", null);
            case NAMED -> new AnthropicWire.ToolChoice("tool", choice.name());
        };
    }

    /** The budget for an effort, or null for no thinking. */
    static Integer thinkingBudget(ReasoningEffort effort) {
        if (effort == null) {
            return null;
        }
        return switch (effort) {
            case NONE -> null;
            case MINIMAL -> MIN_THINKING_BUDGET;
            case LOW -> 2048;
            case MEDIUM -> 8192;
            case HIGH -> 16384;
        };
    }

    private static int cappedBudget(int budget, int maxTokens) {
        int capped = Math.min(budget, maxTokens - 1);
        if (capped < MIN_THINKING_BUDGET) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Extended thinking needs a budget of at least 1024 tokens below maxTokens.",
                    List.of(new FieldError("parameters.maxTokens",
                            "must be more than 1024 when reasoningEffort asks Anthropic models to think")));
        }
        return capped;
    }

    private static void refuseResponseFormat(ResponseFormat format) {
        if (format != null && format.type() != ResponseFormat.FormatType.text) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "Anthropic's Messages API has no response format; describe the JSON in the prompt or use a tool.",
                    List.of(new FieldError("responseFormat.type", "must be text for Anthropic")));
        }
    }
}
