package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.InvocationRequest;

/** Invocations as JSON and the OpenAI request bodies the builders make of them, for the request tests. */
final class OpenAiBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An invocation with every feature the builders translate: tools, a tool round trip, parameters. */
    static final String FULL = """
            {"provider": "OPENAI", "model": "gpt-4o-mini",
             "messages": [
               {"role": "system", "content": "Be brief."},
               {"role": "user", "content": "Weather in Paris?"},
               {"role": "assistant", "content": null,
                "toolCalls": [{"id": "call_1", "name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}]},
               {"role": "tool", "toolCallId": "call_1", "content": "18C"}],
             "tools": [{"name": "get_weather", "description": "Weather by city",
                        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}],
             "toolChoice": {"name": "get_weather"},
             "responseFormat": {"type": "json_schema", "name": "answer", "strict": true,
                                "schema": {"type": "object", "properties": {"c": {"type": "number"}}}},
             "parameters": {"temperature": 0.2, "maxTokens": 256, "topP": 1, "stop": ["END"], "seed": 7,
                            "reasoningEffort": "low"}}
            """;

    /** A plain invocation with one tool that has no parameters. */
    static final String MINIMAL_WITH_TOOL = "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", "
            + "\"content\": \"Time?\"}], \"tools\": [{\"name\": \"now\"}]}";

    private OpenAiBodies() {
    }

    private static InvocationRequest invocation(String json) throws Exception {
        return JSON.readValue(json, InvocationRequest.class);
    }

    static JsonNode chatBody(String invocation) throws Exception {
        return JSON.valueToTree(ChatRequests.streaming(invocation(invocation)));
    }

    static JsonNode responsesBody(String invocation) throws Exception {
        return JSON.valueToTree(ResponsesRequests.streaming(invocation(invocation)));
    }
}
