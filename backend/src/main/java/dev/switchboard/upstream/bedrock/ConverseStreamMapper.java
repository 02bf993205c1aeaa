package dev.switchboard.upstream.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.StopReasons;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns ConverseStream messages into invocation events. Tool calls are numbered in the order their
 * blocks start (our {@code tool_call.index}), keyed by {@code contentBlockIndex}. The stop reason
 * ({@code messageStop}, read by {@link StopReasons}) comes before the usage ({@code metadata}), so
 * {@code finish} is emitted when the upstream response ends, always last. Exception frames fail the stream.
 */
final class ConverseStreamMapper implements StreamMapper<EventStreamMessage> {

    private final ObjectReader reader;
    private final String provider;
    private final Scrubber scrubber;
    private final Map<Integer, Integer> toolIndexByBlock = new HashMap<>();
    private String finishReason;

    ConverseStreamMapper(ObjectMapper json, String provider, Scrubber scrubber) {
        this.reader = json.readerFor(ConverseWire.StreamEvent.class);
        this.provider = provider;
        this.scrubber = scrubber;
    }

    @Override
    public void accept(EventStreamMessage message, Consumer<InvocationEvent> out) {
        switch (message.messageType()) {
            case "exception" -> throw BedrockErrors.exception(provider, message, scrubber);
            case "error" -> throw BedrockErrors.error(provider, message, scrubber);
            case "event" -> event(message, out);
            default -> {
                // other message types carry nothing for us
            }
        }
    }

    private void event(EventStreamMessage message, Consumer<InvocationEvent> out) {
        String type = message.header(EventStreamMessage.EVENT_TYPE);
        if (type == null) {
            return;
        }
        switch (type) {
            case "contentBlockStart" -> blockStart(read(type, message), out);
            case "contentBlockDelta" -> delta(read(type, message), out);
            case "messageStop" -> finishReason = StopReasons.finishReason(read(type, message).stopReason());
            case "metadata" -> usage(read(type, message).usage(), out);
            default -> {
                // messageStart, contentBlockStop and newer events carry nothing new for us
            }
        }
    }

    private void blockStart(ConverseWire.StreamEvent event, Consumer<InvocationEvent> out) {
        ConverseWire.Start start = event.start();
        if (start == null || start.toolUse() == null) {
            return;
        }
        int index = toolIndex(event.contentBlockIndex());
        out.accept(new InvocationEvent.ToolCallDelta(index, start.toolUse().toolUseId(),
                start.toolUse().name(), ""));
    }

    private void delta(ConverseWire.StreamEvent event, Consumer<InvocationEvent> out) {
        ConverseWire.Delta delta = event.delta();
        if (delta == null) {
            return;
        }
        if (delta.text() != null && !delta.text().isEmpty()) {
            out.accept(new InvocationEvent.Text(delta.text()));
        }
        if (delta.reasoningContent() != null && delta.reasoningContent().text() != null
                && !delta.reasoningContent().text().isEmpty()) {
            out.accept(new InvocationEvent.Reasoning(delta.reasoningContent().text()));
        }
        if (delta.toolUse() != null && delta.toolUse().input() != null) {
            out.accept(new InvocationEvent.ToolCallDelta(toolIndex(event.contentBlockIndex()), null, null,
                    delta.toolUse().input()));
        }
    }

    private int toolIndex(Integer contentBlockIndex) {
        return toolIndexByBlock.computeIfAbsent(contentBlockIndex == null ? -1 : contentBlockIndex,
                block -> toolIndexByBlock.size());
    }

    private static void usage(ConverseWire.Usage usage, Consumer<InvocationEvent> out) {
        if (usage != null) {
            out.accept(new InvocationEvent.Usage(usage.inputTokens(), usage.outputTokens(), usage.totalTokens(),
                    null, usage.cacheReadInputTokens()));
        }
    }

    /** The upstream response ended: finish, or, without messageStop, the answer is cut off. */
    @Override
    public void end(Consumer<InvocationEvent> out) {
        if (finishReason == null) {
            throw StreamErrors.truncated(provider);
        }
        out.accept(new InvocationEvent.Finish(finishReason));
    }

    private ConverseWire.StreamEvent read(String type, EventStreamMessage message) {
        try {
            return reader.readValue(message.payload());
        } catch (IOException e) {
            throw StreamErrors.unreadable(provider, type);
        }
    }
}
