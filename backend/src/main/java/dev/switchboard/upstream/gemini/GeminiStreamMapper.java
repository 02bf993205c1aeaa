package dev.switchboard.upstream.gemini;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns the {@code data:} payloads of {@code streamGenerateContent?alt=sse} (each a whole
 * GenerateContentResponse) into invocation events; one instance per stream. Only the first candidate
 * is read.
 * <ul>
 * <li>Text parts become {@code text}, {@code thought: true} parts {@code reasoning}. A functionCall part
 *     arrives whole and becomes one {@code tool_call} with all its arguments, its id generated when the
 *     model sent none. Its {@code thoughtSignature} (Gemini 3 signs the first call of each step) goes with
 *     it, for the client to send back.</li>
 * <li>usageMetadata is repeated, growing, in several chunks: the last one is reported at the end. Output
 *     counts thoughts (as reasoningTokens too), as OpenAI's completion tokens do.</li>
 * <li>Finish comes at the end of the upstream response; a response without a finishReason (or a
 *     blocked prompt) was cut off. STOP → stop, or tool_calls when functions were called;
 *     MAX_TOKENS → length; SAFETY, RECITATION, BLOCKLIST, PROHIBITED_CONTENT, SPII, IMAGE_SAFETY →
 *     content_filter; others in lower case. A prompt blocked by promptFeedback.blockReason finishes with
 *     content_filter.</li>
 * </ul>
 */
final class GeminiStreamMapper implements StreamMapper<String> {

    private final ObjectReader responseReader;
    private final String provider;
    private final Scrubber scrubber;
    private final Supplier<String> callIds;

    private int toolCalls;
    private GeminiWire.UsageMetadata usage;
    private String finishReason;

    /** @param callIds ids for function calls the model sent without one */
    GeminiStreamMapper(ObjectMapper json, String provider, Scrubber scrubber, Supplier<String> callIds) {
        this.responseReader = json.readerFor(GeminiWire.Response.class);
        this.provider = provider;
        this.scrubber = scrubber;
        this.callIds = callIds;
    }

    @Override
    public void accept(String data, Consumer<InvocationEvent> out) {
        GeminiWire.Response response = read(data);
        if (response.error() != null) {
            // Google's error carries the HTTP status it stands for.
            GeminiWire.ErrorBody error = response.error();
            throw StreamErrors.inStream(provider, error.code(), error.message(), error.status(), scrubber);
        }
        if (response.usageMetadata() != null) {
            usage = response.usageMetadata();
        }
        if (response.promptFeedback() != null && response.promptFeedback().blockReason() != null) {
            finishReason = "content_filter";
        }
        if (response.candidates() == null || response.candidates().isEmpty()) {
            return;
        }
        GeminiWire.Candidate candidate = response.candidates().get(0);
        if (candidate.content() != null && candidate.content().parts() != null) {
            candidate.content().parts().forEach(part -> emit(part, out));
        }
        if (candidate.finishReason() != null) {
            finishReason = finishReason(candidate.finishReason(), toolCalls > 0);
        }
    }

    @Override
    public void end(Consumer<InvocationEvent> out) {
        if (finishReason == null) {
            throw StreamErrors.truncated(provider);
        }
        if (usage != null) {
            out.accept(usage(usage));
        }
        out.accept(new InvocationEvent.Finish(finishReason));
    }

    private void emit(GeminiWire.Part part, Consumer<InvocationEvent> out) {
        if (part.functionCall() != null) {
            GeminiWire.FunctionCall call = part.functionCall();
            String id = call.id() == null || call.id().isBlank() ? callIds.get() : call.id();
            String arguments = call.args() == null || call.args().isNull() ? "{}" : call.args().toString();
            out.accept(new InvocationEvent.ToolCallDelta(toolCalls++, id, call.name(), arguments,
                    part.thoughtSignature()));
        } else if (part.text() != null && !part.text().isEmpty()) {
            out.accept(Boolean.TRUE.equals(part.thought())
                    ? new InvocationEvent.Reasoning(part.text())
                    : new InvocationEvent.Text(part.text()));
        }
    }

    static InvocationEvent.Usage usage(GeminiWire.UsageMetadata usage) {
        Integer thoughts = usage.thoughtsTokenCount();
        Integer candidates = usage.candidatesTokenCount();
        Integer output = candidates == null && thoughts == null ? null
                : (candidates == null ? 0 : candidates) + (thoughts == null ? 0 : thoughts);
        return new InvocationEvent.Usage(usage.promptTokenCount(), output, usage.totalTokenCount(), thoughts,
                usage.cachedContentTokenCount());
    }

    static String finishReason(String reason, boolean calledTools) {
        return switch (reason) {
            case "STOP" -> calledTools ? "tool_calls" : "stop";
            case "MAX_TOKENS" -> "length";
            case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY" -> "content_filter";
            default -> reason.toLowerCase(Locale.ROOT);
        };
    }

    private GeminiWire.Response read(String data) {
        try {
            return responseReader.readValue(data);
        } catch (IOException e) {
            throw StreamErrors.unreadable(provider);
        }
    }
}
