package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.JsonCalls;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.StreamErrors;
import io.vertx.mutiny.core.buffer.Buffer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole Chat Completions answer ({@code stream: false}). The answer is recast as the one chunk
 * that would carry all of it and handed to a {@link ChatStreamMapper}, so both ways of asking give the
 * same events: refusals, reasoning, tool calls, usage and the normalised finish reason.
 */
final class ChatAnswerReader implements JsonCalls.AnswerReader {

    private final ObjectReader completionReader;
    private final ObjectMapper json;
    private final String provider;
    private final Scrubber scrubber;

    ChatAnswerReader(ObjectMapper json, String provider, Scrubber scrubber) {
        this.json = json;
        this.provider = provider;
        this.scrubber = scrubber;
        this.completionReader = json.readerFor(ChatWire.Completion.class);
    }

    @Override
    public List<InvocationEvent> events(Buffer answer) {
        ChatWire.Completion completion = read(answer);
        ChatStreamMapper mapper = new ChatStreamMapper(json, provider, scrubber);
        List<InvocationEvent> events = new ArrayList<>(4);
        mapper.accept(asChunk(completion), events::add);
        mapper.end(events::add);
        return events;
    }

    private static ChatWire.Chunk asChunk(ChatWire.Completion completion) {
        List<ChatWire.Choice> choices = completion.choices() == null ? null : completion.choices().stream()
                .map(choice -> new ChatWire.Choice(choice.index(), asDelta(choice.message()), choice.finishReason()))
                .toList();
        return new ChatWire.Chunk(choices, completion.usage(), completion.error());
    }

    private static ChatWire.Delta asDelta(ChatWire.AnswerMessage message) {
        if (message == null) {
            return null;
        }
        List<ChatWire.ToolCallDelta> calls = null;
        if (message.toolCalls() != null) {
            calls = new ArrayList<>(message.toolCalls().size());
            for (int i = 0; i < message.toolCalls().size(); i++) {
                ChatWire.AnswerToolCall call = message.toolCalls().get(i);
                calls.add(new ChatWire.ToolCallDelta(i, call.id(), call.function()));
            }
        }
        return new ChatWire.Delta(message.content(), message.refusal(), message.reasoningContent(),
                message.reasoning(), calls);
    }

    private ChatWire.Completion read(Buffer answer) {
        try {
            ChatWire.Completion completion = completionReader.readValue(answer.getBytes());
            if (completion == null) {
                throw StreamErrors.unreadableAnswer(provider);
            }
            return completion;
        } catch (IOException e) {
            throw StreamErrors.unreadableAnswer(provider);
        }
    }
}
