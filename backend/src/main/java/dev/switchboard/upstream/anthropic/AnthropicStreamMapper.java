package dev.switchboard.upstream.anthropic;

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
 * Turns the {@code data:} payloads of a Messages stream into invocation events; one instance per stream.
 * <ul>
 * <li>Text and thinking deltas become {@code text} and {@code reasoning}; signatures, redacted thinking,
 *     citations and server tool blocks are not reported.</li>
 * <li>A {@code tool_use} block start gives a tool call's id and name, its {@code input_json_delta}s the
 *     arguments. Tool call indexes count tool blocks only (content block 2 may be tool call 0).</li>
 * <li>Usage is reported once at the end: input from {@code message_start} (cache reads and writes
 *     included, reads also as cachedInputTokens), output from the last {@code message_delta}
 *     (its counts are cumulative, thinking included).</li>
 * <li>Finish comes at the end of the upstream response, as for Chat Completions; a response without
 *     {@code message_stop} was cut off. Stop reasons as {@link StopReasons} says (refusal and
 *     pause_turn as sent).</li>
 * </ul>
 */
final class AnthropicStreamMapper implements StreamMapper<String> {

    private final ObjectReader eventReader;
    private final String provider;
    private final Scrubber scrubber;

    /** Content block index → tool call index. */
    private final Map<Integer, Integer> toolCalls = new HashMap<>();
    /** The latest count of each kind: message_delta's are cumulative and may repeat message_start's. */
    private Integer inputTokens;
    private Integer cacheReadTokens;
    private Integer cacheWriteTokens;
    private Integer outputTokens;
    private String stopReason;
    private boolean stopped;

    AnthropicStreamMapper(ObjectMapper json, String provider, Scrubber scrubber) {
        this.eventReader = json.readerFor(AnthropicWire.Event.class);
        this.provider = provider;
        this.scrubber = scrubber;
    }

    @Override
    public void accept(String data, Consumer<InvocationEvent> out) {
        if (stopped) {
            return;
        }
        AnthropicWire.Event event = read(data);
        if (event.type() == null) {
            return;
        }
        switch (event.type()) {
            case "message_start" -> usage(event.message() == null ? null : event.message().usage());
            case "content_block_start" -> blockStart(event, out);
            case "content_block_delta" -> blockDelta(event, out);
            case "message_delta" -> {
                if (event.delta() != null && event.delta().stopReason() != null) {
                    stopReason = event.delta().stopReason();
                }
                usage(event.usage());
            }
            case "message_stop" -> stopped = true;
            case "error" -> throw AnthropicErrors.inStream(provider, event.error(), scrubber);
            default -> {
                // ping, content_block_stop, and event types added later: nothing to report
            }
        }
    }

    @Override
    public void end(Consumer<InvocationEvent> out) {
        if (!stopped) {
            throw StreamErrors.truncated(provider);
        }
        if (inputTokens != null || outputTokens != null) {
            Integer input = inputTokens == null ? null
                    : inputTokens + orZero(cacheReadTokens) + orZero(cacheWriteTokens);
            Integer total = input == null || outputTokens == null ? null : input + outputTokens;
            out.accept(new InvocationEvent.Usage(input, outputTokens, total, null, cacheReadTokens));
        }
        out.accept(new InvocationEvent.Finish(StopReasons.finishReason(stopReason)));
    }

    private void blockStart(AnthropicWire.Event event, Consumer<InvocationEvent> out) {
        AnthropicWire.ContentBlock block = event.contentBlock();
        if (block == null || block.type() == null) {
            return;
        }
        switch (block.type()) {
            case "tool_use" -> {
                int index = toolCalls.size();
                toolCalls.put(event.index(), index);
                out.accept(new InvocationEvent.ToolCallDelta(index, block.id(), block.name(), ""));
            }
            case "text" -> text(block.text(), out);
            case "thinking" -> reasoning(block.thinking(), out);
            default -> {
                // redacted_thinking, server_tool_use, web_search_tool_result, …
            }
        }
    }

    private void blockDelta(AnthropicWire.Event event, Consumer<InvocationEvent> out) {
        AnthropicWire.Delta delta = event.delta();
        if (delta == null || delta.type() == null) {
            return;
        }
        switch (delta.type()) {
            case "text_delta" -> text(delta.text(), out);
            case "thinking_delta" -> reasoning(delta.thinking(), out);
            case "input_json_delta" -> {
                Integer index = toolCalls.get(event.index());
                if (index != null && delta.partialJson() != null && !delta.partialJson().isEmpty()) {
                    out.accept(new InvocationEvent.ToolCallDelta(index, null, null, delta.partialJson()));
                }
            }
            default -> {
                // signature_delta, citations_delta
            }
        }
    }

    private void usage(AnthropicWire.Usage usage) {
        if (usage == null) {
            return;
        }
        inputTokens = latest(usage.inputTokens(), inputTokens);
        cacheReadTokens = latest(usage.cacheReadInputTokens(), cacheReadTokens);
        cacheWriteTokens = latest(usage.cacheCreationInputTokens(), cacheWriteTokens);
        outputTokens = latest(usage.outputTokens(), outputTokens);
    }

    private static Integer latest(Integer value, Integer previous) {
        return value != null ? value : previous;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void text(String text, Consumer<InvocationEvent> out) {
        if (text != null && !text.isEmpty()) {
            out.accept(new InvocationEvent.Text(text));
        }
    }

    private static void reasoning(String thinking, Consumer<InvocationEvent> out) {
        if (thinking != null && !thinking.isEmpty()) {
            out.accept(new InvocationEvent.Reasoning(thinking));
        }
    }

    private AnthropicWire.Event read(String data) {
        try {
            return eventReader.readValue(data);
        } catch (IOException e) {
            throw StreamErrors.unreadable(provider);
        }
    }
}
