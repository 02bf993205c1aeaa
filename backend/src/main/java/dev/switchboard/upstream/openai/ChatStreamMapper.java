package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Turns the {@code data:} payloads of a Chat Completions stream into invocation events. One
 * instance per stream: the finish reason arrives before the usage chunk, so {@code finish} is
 * emitted at the end of the upstream response, always last. (Emitting it at {@code [DONE]} would
 * make the downstream end and cancel before the upstream response completed, which resets the
 * connection instead of returning it to the pool.)
 */
final class ChatStreamMapper implements StreamMapper<String> {

    static final String DONE = "[DONE]";

    private final ObjectReader chunkReader;
    private String finishReason;
    private boolean refused;
    private boolean done;

    private final String provider;
    private final Scrubber scrubber;

    ChatStreamMapper(ObjectMapper json, String provider, Scrubber scrubber) {
        this.provider = provider;
        this.scrubber = scrubber;
        this.chunkReader = json.readerFor(ChatWire.Chunk.class);
    }

    /** Maps one SSE data payload. */
    @Override
    public void accept(String data, Consumer<InvocationEvent> out) {
        if (done) {
            return;
        }
        if (DONE.equals(data.trim())) {
            done = true;
            return;
        }
        accept(read(data), out);
    }

    /** Maps one chunk (or a whole answer recast as one, see {@link ChatAnswerReader}). */
    void accept(ChatWire.Chunk chunk, Consumer<InvocationEvent> out) {
        if (chunk.error() != null) {
            throw OpenAiErrors.inStream(provider, chunk.error(), scrubber);
        }
        if (chunk.choices() != null) {
            for (ChatWire.Choice choice : chunk.choices()) {
                if (choice.index() == 0) {
                    emitDelta(choice.delta(), out);
                    if (choice.finishReason() != null) {
                        finishReason = choice.finishReason();
                    }
                }
            }
        }
        if (chunk.usage() != null) {
            out.accept(usage(chunk.usage()));
        }
    }

    /**
     * The upstream response ended. Servers that omit {@code [DONE]} have still finished if they
     * sent a finish reason; without one the answer is cut off.
     */
    @Override
    public void end(Consumer<InvocationEvent> out) {
        if (finishReason == null) {
            throw StreamErrors.truncated(provider);
        }
        out.accept(new InvocationEvent.Finish(normalise(finishReason, refused)));
    }

    private void emitDelta(ChatWire.Delta delta, Consumer<InvocationEvent> out) {
        if (delta == null) {
            return;
        }
        String reasoning = delta.reasoningContent() != null ? delta.reasoningContent() : delta.reasoning();
        if (reasoning != null && !reasoning.isEmpty()) {
            out.accept(new InvocationEvent.Reasoning(reasoning));
        }
        if (delta.content() != null && !delta.content().isEmpty()) {
            out.accept(new InvocationEvent.Text(delta.content()));
        }
        if (delta.refusal() != null && !delta.refusal().isEmpty()) {
            refused = true;
            out.accept(new InvocationEvent.Text(delta.refusal()));
        }
        if (delta.toolCalls() != null) {
            for (ChatWire.ToolCallDelta call : delta.toolCalls()) {
                ChatWire.FunctionDelta function = call.function();
                out.accept(new InvocationEvent.ToolCallDelta(
                        call.index() == null ? 0 : call.index(),
                        call.id(),
                        function == null ? null : function.name(),
                        function == null || function.arguments() == null ? "" : function.arguments()));
            }
        }
    }

    static InvocationEvent.Usage usage(ChatWire.Usage usage) {
        return new InvocationEvent.Usage(usage.promptTokens(), usage.completionTokens(), usage.totalTokens(),
                usage.completionDetails() == null ? null : usage.completionDetails().reasoningTokens(),
                usage.promptDetails() == null ? null : usage.promptDetails().cachedTokens());
    }

    static String normalise(String reason, boolean refused) {
        if (refused && "stop".equals(reason)) {
            return "refusal";
        }
        return "function_call".equals(reason) ? "tool_calls" : reason;
    }

    private ChatWire.Chunk read(String data) {
        try {
            return chunkReader.readValue(data);
        } catch (IOException e) {
            throw StreamErrors.unreadable(provider);
        }
    }
}
