package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static dev.switchboard.upstream.openai.OpenAiBodies.FULL;
import static dev.switchboard.upstream.openai.OpenAiBodies.MINIMAL_WITH_TOOL;
import static dev.switchboard.upstream.openai.OpenAiBodies.chatBody;
import static dev.switchboard.upstream.openai.OpenAiBodies.responsesBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request bodies sent to Chat Completions and Responses, built from an invocation. */
class RequestBuildersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void chatStreamsWithUsageAndMaxCompletionTokens() throws Exception {
        JsonNode body = chatBody(FULL);

        assertEquals("gpt-4o-mini", body.get("model").asText());
        assertTrue(body.get("stream").asBoolean());
        assertTrue(body.at("/stream_options/include_usage").asBoolean());
        assertEquals(256, body.get("max_completion_tokens").asInt());
        assertFalse(body.has("max_tokens"));
        assertEquals(0.2, body.get("temperature").asDouble());
        assertEquals(1.0, body.get("top_p").asDouble());
        assertEquals("[\"END\"]", body.get("stop").toString());
        assertEquals(7, body.get("seed").asLong());
        assertEquals("low", body.get("reasoning_effort").asText());
    }

    @Test
    void chatToolsAndNamedToolChoice() throws Exception {
        JsonNode body = chatBody(FULL);

        assertEquals(JSON.readTree("""
                [{"type": "function", "function": {"name": "get_weather", "description": "Weather by city",
                  "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]"""),
                body.get("tools"));
        assertEquals(JSON.readTree("{\"type\": \"function\", \"function\": {\"name\": \"get_weather\"}}"),
                body.get("tool_choice"));
    }

    @Test
    void chatStringToolChoicePassesThrough() throws Exception {
        JsonNode body = chatBody(FULL.replace("{\"name\": \"get_weather\"}", "\"required\""));

        assertEquals("required", body.get("tool_choice").asText());
    }

    @Test
    void chatResponseFormatIsJsonSchema() throws Exception {
        JsonNode body = chatBody(FULL);

        assertEquals(JSON.readTree("""
                {"type": "json_schema", "json_schema": {"name": "answer", "strict": true,
                 "schema": {"type": "object", "properties": {"c": {"type": "number"}}}}}"""),
                body.get("response_format"));
    }

    @Test
    void chatAssistantToolCallsAndToolMessages() throws Exception {
        JsonNode messages = chatBody(FULL).get("messages");

        assertEquals(JSON.readTree("{\"role\": \"system\", \"content\": \"Be brief.\"}"), messages.get(0));
        assertEquals(JSON.readTree("""
                {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
                 "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]}"""), messages.get(2));
        assertEquals(JSON.readTree("{\"role\": \"tool\", \"content\": \"18C\", \"tool_call_id\": \"call_1\"}"),
                messages.get(3));
    }

    @Test
    void chatWithoutOptionsSendsOnlyModelMessagesAndStreaming() throws Exception {
        JsonNode body = chatBody("{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}],"
                + " \"toolChoice\": \"auto\"}");

        assertEquals(JSON.readTree("""
                {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}], "stream": true,
                 "stream_options": {"include_usage": true}}"""), body);
    }

    @Test
    void responsesToolWithoutParametersGetsAnEmptyObjectSchema() throws Exception {
        JsonNode tools = responsesBody(MINIMAL_WITH_TOOL).get("tools");

        assertEquals(JSON.readTree("""
                [{"type": "function", "name": "now", "parameters": {"type": "object", "properties": {}},
                  "strict": false}]"""), tools);
    }

    @Test
    void responsesInputItemsIncludeFunctionCallAndItsOutput() throws Exception {
        JsonNode input = responsesBody(FULL).get("input");

        assertEquals(JSON.readTree("""
                [{"role": "system", "content": "Be brief."},
                 {"role": "user", "content": "Weather in Paris?"},
                 {"type": "function_call", "call_id": "call_1", "name": "get_weather",
                  "arguments": "{\\"city\\":\\"Paris\\"}"},
                 {"type": "function_call_output", "call_id": "call_1", "output": "18C"}]"""), input);
    }

    @Test
    void responsesParametersTextFormatReasoningAndNoStorage() throws Exception {
        JsonNode body = responsesBody(FULL);

        assertTrue(body.get("stream").asBoolean());
        assertFalse(body.get("store").asBoolean());
        assertEquals(256, body.get("max_output_tokens").asInt());
        assertEquals("low", body.at("/reasoning/effort").asText());
        assertEquals(JSON.readTree("""
                {"format": {"type": "json_schema", "name": "answer", "strict": true,
                 "schema": {"type": "object", "properties": {"c": {"type": "number"}}}}}"""), body.get("text"));
        assertEquals(JSON.readTree("""
                [{"type": "function", "name": "get_weather", "description": "Weather by city",
                  "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}, "strict": false}]"""),
                body.get("tools"));
        assertEquals(JSON.readTree("{\"type\": \"function\", \"name\": \"get_weather\"}"), body.get("tool_choice"));
        assertFalse(body.has("stop"), "the Responses API has no stop sequences");
    }
}
