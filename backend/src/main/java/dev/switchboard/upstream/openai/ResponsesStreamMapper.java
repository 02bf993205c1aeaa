package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a Responses API event stream into invocation events. Function calls are numbered in the
 * order they appear (our {@code tool_call.index}), keyed by their output index upstream. As for
 * Chat Completions, {@code finish} is emitted when the upstream response ends.
 */
final class ResponsesStreamMapper implements StreamMapper<String> {

    private final ObjectReader eventReader;
    private final Map<Integer, Integer> toolIndexByOutput = new HashMap<>();
    private boolean refused;
    private String finishReason;

    private final String provider;
    private final Scrubber scrubber;

    ResponsesStreamMapper(ObjectMapper json, String provider, Scrubber scrubber) {
        this.provider = provider;
        this.scrubber = scrubber;
        this.eventReader = json.readerFor(ResponsesWire.Event.class);
    }

    /** Maps one SSE data payload. */
    @Override
    public void accept(String data, Consumer<InvocationEvent> out) {
        if (finishReason != null) {
            return;
        }
        ResponsesWire.Event event = read(data);
        String type = event.type() == null ? "" : event.type();
        switch (type) {
            case "response.output_text.delta" -> text(event.delta(), out);
            case "response.refusal.delta" -> {
                refused = true;
                text(event.delta(), out);
            }
            case "response.reasoning_summary_text.delta", "response.reasoning_text.delta" -> {
                if (event.delta() != null && !event.delta().isEmpty()) {
                    out.accept(new InvocationEvent.Reasoning(event.delta()));
                }
            }
            case "response.output_item.added" -> functionCallStarted(event, out);
            case "response.function_call_arguments.delta" -> {
                Integer index = toolIndexByOutput.get(event.outputIndex());
                if (index != null && event.delta() != null) {
                    out.accept(new InvocationEvent.ToolCallDelta(index, null, null, event.delta()));
                }
            }
            case "response.completed" -> finish(event.response(),
                    toolIndexByOutput.isEmpty() ? (refused ? "refusal" : "stop") : "tool_calls", out);
            case "response.incomplete" -> finish(event.response(), incompleteReason(event.response()), out);
            case "response.failed" -> throw OpenAiErrors.inStream(provider,
                    event.response() == null ? null : event.response().error(), scrubber);
            case "error" -> throw OpenAiErrors.inStream(provider,
                    new ChatWire.ErrorBody(event.message(), "error", event.code()), scrubber);
            default -> {
                // created, in_progress, content_part.*, *.done and others carry nothing new for us
            }
        }
    }

    /** The upstream response ended: finish, or, without a terminal event, the answer is cut off. */
    @Override
    public void end(Consumer<InvocationEvent> out) {
        if (finishReason == null) {
            throw StreamErrors.truncated(provider);
        }
        out.accept(new InvocationEvent.Finish(finishReason));
    }

    private void functionCallStarted(ResponsesWire.Event event, Consumer<InvocationEvent> out) {
        ResponsesWire.Item item = event.item();
        if (item == null || !"function_call".equals(item.type())) {
            return;
        }
        int index = toolIndexByOutput.size();
        toolIndexByOutput.put(event.outputIndex(), index);
        String arguments = item.arguments() == null ? "" : item.arguments();
        out.accept(new InvocationEvent.ToolCallDelta(index, item.callId(), item.name(), arguments));
    }

    private void finish(ResponsesWire.Response response, String reason, Consumer<InvocationEvent> out) {
        finishReason = reason;
        if (response != null && response.usage() != null) {
            ResponsesWire.Usage usage = response.usage();
            out.accept(new InvocationEvent.Usage(usage.inputTokens(), usage.outputTokens(), usage.totalTokens(),
                    usage.outputDetails() == null ? null : usage.outputDetails().reasoningTokens(),
                    usage.inputDetails() == null ? null : usage.inputDetails().cachedTokens()));
        }
    }

    private static String incompleteReason(ResponsesWire.Response response) {
        String reason = response == null || response.incompleteDetails() == null
                ? null : response.incompleteDetails().reason();
        if (reason == null) {
            return "incomplete";
        }
        return "max_output_tokens".equals(reason) ? "length" : reason;
    }

    private static void text(String delta, Consumer<InvocationEvent> out) {
        if (delta != null && !delta.isEmpty()) {
            out.accept(new InvocationEvent.Text(delta));
        }
    }

    private ResponsesWire.Event read(String data) {
        try {
            return eventReader.readValue(data);
        } catch (IOException e) {
            throw StreamErrors.unreadable(provider);
        }
    }
}
