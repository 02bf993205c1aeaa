package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.Message;
import dev.switchboard.model.InvocationRequest.Parameters;
import dev.switchboard.model.InvocationRequest.ResponseFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Responses API request body. Tool calls of assistant messages become
 * {@code function_call} items and tool messages {@code function_call_output} items. Nothing is
 * stored upstream ({@code store: false}): the playground sends the whole conversation each time.
 * Function tools are sent with {@code strict: false}, as Chat Completions treats them by default:
 * strict mode would reject the many schemas that do not follow its rules.
 */
final class ResponsesRequests {

    /**
     * A function without parameters. The Responses API requires {@code parameters} and {@code strict}
     * on a function tool (CreateResponse → FunctionTool in openapi.yaml), unlike Chat Completions.
     */
    private static final JsonNode NO_PARAMETERS = JsonNodeFactory.instance.objectNode()
            .put("type", "object").set("properties", JsonNodeFactory.instance.objectNode());

    private ResponsesRequests() {
    }

    static ResponsesWire.Request streaming(InvocationRequest request) {
        Parameters p = request.parameters();
        return new ResponsesWire.Request(
                request.model(),
                input(request.messages()),
                true,
                request.tools().isEmpty() ? null : request.tools().stream()
                        .map(t -> new ResponsesWire.Tool("function", t.name(), t.description(),
                                t.parameters() == null ? NO_PARAMETERS : t.parameters(), false))
                        .toList(),
                request.tools().isEmpty() ? null : toolChoice(request.toolChoice()),
                text(request.responseFormat()),
                p.temperature(), p.topP(), p.maxTokens(),
                p.reasoningEffort() == null ? null : new ResponsesWire.Reasoning(p.reasoningEffort(), "auto"),
                false);
    }

    private static List<Object> input(List<Message> messages) {
        List<Object> items = new ArrayList<>(messages.size());
        for (Message m : messages) {
            switch (m.role()) {
                case tool -> items.add(new ResponsesWire.FunctionCallOutputItem("function_call_output",
                        m.toolCallId(), m.content() == null ? "" : m.content()));
                case assistant -> {
                    if (m.content() != null && !m.content().isEmpty()) {
                        items.add(new ResponsesWire.MessageItem("assistant", m.content()));
                    }
                    m.toolCalls().forEach(c -> items.add(new ResponsesWire.FunctionCallItem("function_call",
                            c.id(), c.name(), c.arguments() == null ? "{}" : c.arguments())));
                }
                default -> items.add(new ResponsesWire.MessageItem(m.role().name(),
                        m.content() == null ? "" : m.content()));
            }
        }
        return items;
    }

    /** "auto" | "none" | "required" pass through; {"name": f} becomes {"type":"function","name":f}. */
    private static JsonNode toolChoice(JsonNode choice) {
        if (choice == null || choice.isNull()) {
            return null;
        }
        if (choice.isObject() && choice.hasNonNull("name")) {
            return JsonNodeFactory.instance.objectNode().put("type", "function").put("name", choice.get("name").asText());
        }
        return choice;
    }

    private static ResponsesWire.Text text(ResponseFormat format) {
        if (format == null) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", format.type().name());
        if (format.type() == ResponseFormat.FormatType.json_schema) {
            node.setAll(ChatRequests.schemaFields(format));
        }
        return new ResponsesWire.Text(node);
    }
}
