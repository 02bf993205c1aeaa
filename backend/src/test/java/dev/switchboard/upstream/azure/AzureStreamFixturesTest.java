package dev.switchboard.upstream.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.InvocationEvent.Finish;
import dev.switchboard.model.InvocationEvent.Text;
import dev.switchboard.model.InvocationEvent.ToolCallDelta;
import dev.switchboard.model.InvocationEvent.Usage;
import dev.switchboard.testing.StreamFixtures;
import dev.switchboard.upstream.http.Scrubber;
import dev.switchboard.upstream.openai.OpenAiProtocol;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Azure's streams, with their content filter members, through the shared OpenAI mappers. */
class AzureStreamFixturesTest {

    @Test
    void chatTextWithFilterResultsAndAUsageChunk() {
        assertEquals(List.of(new Text("Hello"), new Text(" there"), new Usage(9, 2, 11, 0, 0), new Finish("stop")),
                run("chat-text.sse", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void anAnswerStoppedByTheOutputFilterFinishesWithContentFilter() {
        assertEquals(List.of(new Text("Here is"), new Finish("content_filter")),
                run("chat-content-filter.sse", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void aToolCallSplitAcrossChunks() {
        assertEquals(List.of(
                new ToolCallDelta(0, "call_abc", "get_weather", ""),
                new ToolCallDelta(0, null, null, "{\"city\":"),
                new ToolCallDelta(0, null, null, "\"Paris\"}"),
                new Finish("tool_calls")), run("chat-tool-call.sse", ApiType.CHAT_COMPLETIONS));
    }

    @Test
    void responsesTextAndUsage() {
        assertEquals(List.of(new Text("Hi"), new Text("!"), new Usage(8, 2, 10, 0, 0), new Finish("stop")),
                run("responses-text.sse", ApiType.RESPONSES));
    }

    private static List<InvocationEvent> run(String fixture, ApiType apiType) {
        return StreamFixtures.sse("azure/" + fixture,
                () -> OpenAiProtocol.mapper(apiType, new ObjectMapper(), "Azure OpenAI", new Scrubber(List.of())))
                .completed();
    }
}
