package dev.switchboard.upstream.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.InvocationEvent.Finish;
import dev.switchboard.model.InvocationEvent.Text;
import dev.switchboard.model.InvocationEvent.ToolCallDelta;
import dev.switchboard.model.InvocationEvent.Usage;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.http.SseEvent;
import dev.switchboard.upstream.http.SseParser;
import dev.switchboard.upstream.openai.OpenAiProtocol;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Azure's streams, with their content filter members, through the shared OpenAI mappers. */
class AzureStreamFixturesTest {

    @Test
    void chatTextWithFilterResultsAndAUsageChunk() throws IOException {
        assertEquals(List.of(new Text("Hello"), new Text(" there"), new Usage(9, 2, 11, 0, 0), new Finish("stop")),
                run("chat-text.sse", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void anAnswerStoppedByTheOutputFilterFinishesWithContentFilter() throws IOException {
        assertEquals(List.of(new Text("Here is"), new Finish("content_filter")),
                run("chat-content-filter.sse", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void aToolCallSplitAcrossChunks() throws IOException {
        assertEquals(List.of(
                new ToolCallDelta(0, "call_abc", "get_weather", ""),
                new ToolCallDelta(0, null, null, "{\"city\":"),
                new ToolCallDelta(0, null, null, "\"Paris\"}"),
                new Finish("tool_calls")), run("chat-tool-call.sse", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void responsesTextAndUsage() throws IOException {
        assertEquals(List.of(new Text("Hi"), new Text("!"), new Usage(8, 2, 10, 0, 0), new Finish("stop")),
                run("responses-text.sse", ApiType.RESPONSES));
    }

    private static List<InvocationEvent> run(String fixture, ApiType apiType) throws IOException {
        byte[] bytes;
        try (InputStream in = AzureStreamFixturesTest.class.getResourceAsStream("/fixtures/azure/" + fixture)) {
            bytes = in.readAllBytes();
        }
        SseParser parser = new SseParser();
        StreamMapper<String> mapper = OpenAiProtocol.mapper(apiType, new ObjectMapper(), "Azure OpenAI",
                new Scrubber(List.of()));
        List<InvocationEvent> events = new ArrayList<>();
        for (SseEvent event : parser.feed(bytes)) {
            mapper.accept(event.data(), events::add);
        }
        parser.end();
        mapper.end(events::add);
        return events;
    }
}
