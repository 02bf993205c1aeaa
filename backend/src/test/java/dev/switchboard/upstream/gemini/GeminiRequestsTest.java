package dev.switchboard.upstream.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.ResponseFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.switchboard.upstream.Invocations.NO_PARAMETERS;
import static dev.switchboard.upstream.Invocations.assistant;
import static dev.switchboard.upstream.Invocations.call;
import static dev.switchboard.upstream.Invocations.effort;
import static dev.switchboard.upstream.Invocations.json;
import static dev.switchboard.upstream.Invocations.parameters;
import static dev.switchboard.upstream.Invocations.request;
import static dev.switchboard.upstream.Invocations.system;
import static dev.switchboard.upstream.Invocations.tool;
import static dev.switchboard.upstream.Invocations.tree;
import static dev.switchboard.upstream.Invocations.user;
import static dev.switchboard.upstream.Invocations.weatherTool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GeminiRequestsTest {

    private static JsonNode body(InvocationRequest request) {
        return tree(GeminiRequests.streaming(request));
    }

    @Test
    void writesAMinimalRequestWithUserContentOnly() {
        assertEquals(json("{\"contents\": [{\"role\": \"user\", \"parts\": [{\"text\": \"Hi\"}]}]}"),
                body(request("gemini-2.5-flash", List.of(user("Hi")))));
    }

    @Test
    void putsSystemMessagesInTheSystemInstruction() {
        JsonNode body = body(request("gemini-2.5-flash", List.of(system("Be brief."), user("Hi"), system("In French."))));

        assertEquals(json("{\"parts\": [{\"text\": \"Be brief.\"}, {\"text\": \"In French.\"}]}"),
                body.get("systemInstruction"));
        assertEquals(1, body.get("contents").size());
    }

    @Test
    void turnsToolCallsIntoFunctionCallsAndResultsIntoNamedFunctionResponses() {
        JsonNode body = body(request("gemini-2.5-flash", List.of(
                user("Weather and time in Paris?"),
                assistant(null, call("c1", "get_weather", "{\"location\":\"Paris\"}"), call("c2", "get_time", "")),
                tool("c1", "{\"temperature\": 18}"),
                tool("c2", "12:00"),
                assistant("It is 18°C at noon."),
                user("Thanks"))));

        assertEquals(json("""
                [{"role": "user", "parts": [{"text": "Weather and time in Paris?"}]},
                 {"role": "model", "parts": [
                   {"functionCall": {"name": "get_weather", "args": {"location": "Paris"}}},
                   {"functionCall": {"name": "get_time", "args": {}}}]},
                 {"role": "user", "parts": [
                   {"functionResponse": {"name": "get_weather", "response": {"temperature": 18}}},
                   {"functionResponse": {"name": "get_time", "response": {"result": "12:00"}}}]},
                 {"role": "model", "parts": [{"text": "It is 18°C at noon."}]},
                 {"role": "user", "parts": [{"text": "Thanks"}]}]"""), body.get("contents"));
    }

    @Test
    void wrapsAToolResultThatIsJsonButNotAnObject() {
        JsonNode body = body(request("gemini-2.5-flash", List.of(user("x"),
                assistant(null, call("c1", "count", "{}")), tool("c1", "[1, 2]"))));

        assertEquals(json("{\"result\": [1, 2]}"), body.at("/contents/2/parts/0/functionResponse/response"));
    }

    @Test
    void refusesAToolResultForAnUnknownCall() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> body(request("gemini-2.5-flash", List.of(user("x"), tool("nope", "1")))));

        assertEquals("messages[1].toolCallId", problem.errors().get(0).field());
    }

    @Test
    void signsReplayedFunctionCallsForGemini3Only() {
        List<InvocationRequest.Message> history = List.of(user("x"),
                assistant(null, call("c1", "f", "{}"), call("c2", "g", "{}")), tool("c1", "1"), tool("c2", "2"));

        JsonNode gemini3 = body(request("models/gemini-3-pro-preview", history));
        assertEquals(GeminiRequests.SIGNATURE_PLACEHOLDER, gemini3.at("/contents/1/parts/0/thoughtSignature").asText());
        assertFalse(gemini3.at("/contents/1/parts/1").has("thoughtSignature"), "only the first call of a turn");
        assertFalse(body(request("gemini-2.5-flash", history)).at("/contents/1/parts/0").has("thoughtSignature"));
    }

    @Test
    void sendsTheClientsThoughtSignatureBackOnItsCallInsteadOfThePlaceholder() {
        List<InvocationRequest.Message> history = List.of(user("Weather in Paris and London?"),
                assistant(null, new InvocationRequest.ToolCall("c1", "get_weather", "{\"location\":\"Paris\"}", "sig-A"),
                        call("c2", "get_weather", "{\"location\":\"London\"}")),
                tool("c1", "18"), tool("c2", "12"),
                assistant(null, call("c3", "get_time", "{}")), tool("c3", "noon"));

        JsonNode contents = body(request("gemini-3-pro-preview", history)).get("contents");

        assertEquals(json("""
                {"role": "model", "parts": [
                  {"functionCall": {"name": "get_weather", "args": {"location": "Paris"}}, "thoughtSignature": "sig-A"},
                  {"functionCall": {"name": "get_weather", "args": {"location": "London"}}}]}"""), contents.get(1));
        assertEquals(GeminiRequests.SIGNATURE_PLACEHOLDER, contents.at("/3/parts/0/thoughtSignature").asText(),
                "a later step the client has no signature for");
    }

    @Test
    void sendsAThoughtSignatureBackToOlderModelsButNoPlaceholder() {
        List<InvocationRequest.Message> history = List.of(user("x"),
                assistant(null, new InvocationRequest.ToolCall("c1", "f", "{}", "sig-25")), tool("c1", "1"),
                assistant(null, new InvocationRequest.ToolCall("c2", "f", "{}", " ")), tool("c2", "2"));

        JsonNode contents = body(request("gemini-2.5-flash", history)).get("contents");

        assertEquals("sig-25", contents.at("/1/parts/0/thoughtSignature").asText());
        assertFalse(contents.at("/3/parts/0").has("thoughtSignature"), "a blank signature is none");
    }

    @Test
    void declaresFunctionsWithGeminiSchemas() {
        JsonNode body = body(request("gemini-2.5-flash", List.of(user("x")),
                List.of(weatherTool(), new InvocationRequest.Tool("now", "The time", json("{\"type\": \"object\"}"))),
                null, null, NO_PARAMETERS));

        assertEquals(json("""
                [{"functionDeclarations": [
                  {"name": "get_weather", "description": "Current weather", "parameters": {
                    "type": "OBJECT", "properties": {"location": {"type": "STRING"},
                      "unit": {"nullable": true, "type": "STRING", "enum": ["celsius", "fahrenheit"]}},
                    "required": ["location"]}},
                  {"name": "now", "description": "The time"}]}]"""), body.get("tools"));
        assertFalse(body.has("toolConfig"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"auto\"|{\"mode\": \"AUTO\"}",
            "\"required\"|{\"mode\": \"ANY\"}",
            "\"none\"|{\"mode\": \"NONE\"}",
            "{\"name\": \"get_weather\"}|{\"mode\": \"ANY\", \"allowedFunctionNames\": [\"get_weather\"]}"})
    void mapsToolChoiceToFunctionCallingConfig(String choice, String expected) {
        JsonNode body = body(request("gemini-2.5-flash", List.of(user("x")), List.of(weatherTool()), json(choice),
                null, NO_PARAMETERS));

        assertEquals(json(expected), body.at("/toolConfig/functionCallingConfig"));
    }

    @Test
    void sendsGenerationConfig() {
        JsonNode body = body(request("gemini-2.5-flash", List.of(user("x")), List.of(), null, null,
                parameters(0.2, 256, 0.8, List.of("END"), 7L, null)));

        assertEquals(json("""
                {"temperature": 0.2, "topP": 0.8, "maxOutputTokens": 256, "stopSequences": ["END"], "seed": 7}"""),
                body.get("generationConfig"));
    }

    @Test
    void asksForJsonWithTheConvertedSchema() {
        ResponseFormat format = new ResponseFormat(ResponseFormat.FormatType.json_schema, "answer", json("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"answer": {"type": "string", "const": "yes"},
                   "items": {"type": "array", "items": {"type": "integer"}, "maxItems": 3}},
                 "required": ["answer"], "additionalProperties": false}"""), true);

        JsonNode body = body(request("gemini-2.5-flash", List.of(user("x")), List.of(), null, format, NO_PARAMETERS));

        assertEquals(json("""
                {"responseMimeType": "application/json", "responseSchema": {"type": "OBJECT",
                  "properties": {"answer": {"type": "STRING", "enum": ["yes"]},
                    "items": {"type": "ARRAY", "items": {"type": "INTEGER"}, "maxItems": 3}},
                  "required": ["answer"]}}"""), body.get("generationConfig"));
    }

    @Test
    void asksForJsonWithoutSchemaForJsonObject() {
        JsonNode body = body(request("gemini-2.5-flash", List.of(user("x")), List.of(), null,
                new ResponseFormat(ResponseFormat.FormatType.json_object, null, null, null), NO_PARAMETERS));

        assertEquals(json("{\"responseMimeType\": \"application/json\"}"), body.get("generationConfig"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "none|{\"thinkingBudget\": 0}",
            "minimal|{\"thinkingBudget\": 512, \"includeThoughts\": true}",
            "low|{\"thinkingBudget\": 1024, \"includeThoughts\": true}",
            "medium|{\"thinkingBudget\": 8192, \"includeThoughts\": true}",
            "high|{\"thinkingBudget\": 24576, \"includeThoughts\": true}"})
    void turnsReasoningEffortIntoAThinkingConfig(String effort, String expected) {
        JsonNode body = body(request("gemini-2.5-flash", List.of(user("x")), List.of(), null, null,
                effort(effort, null)));

        assertEquals(json(expected), body.at("/generationConfig/thinkingConfig"));
    }
}
