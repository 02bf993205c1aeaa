package dev.switchboard.upstream.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.InvocationRequest.ResponseFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.switchboard.upstream.Invocations.JSON;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnthropicRequestsTest {

    private static JsonNode body(InvocationRequest request) {
        return tree(AnthropicRequests.streaming(request));
    }

    @Test
    void writesAMinimalStreamingRequestWithTheDefaultMaxTokens() {
        JsonNode body = body(request("claude-haiku-4-5", List.of(user("Hi"))));

        assertEquals(json("""
                {"model": "claude-haiku-4-5", "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
                 "max_tokens": 4096, "stream": true}"""), body);
    }

    @Test
    void liftsEverySystemMessageIntoTheTopLevelSystemPrompt() {
        JsonNode body = body(request("m", List.of(system("Be brief."), user("Hi"), system("Answer in French."))));

        assertEquals("Be brief.\n\nAnswer in French.", body.get("system").asText());
        assertEquals(1, body.get("messages").size());
        assertEquals("user", body.at("/messages/0/role").asText());
    }

    @Test
    void turnsToolCallsIntoToolUseBlocksAndResultsIntoOneUserTurn() {
        JsonNode body = body(request("m", List.of(
                user("Weather and time in Paris?"),
                assistant("Checking.", call("toolu_1", "get_weather", "{\"location\":\"Paris\"}"),
                        call("toolu_2", "get_time", null)),
                tool("toolu_1", "18°C"),
                tool("toolu_2", "{\"time\":\"12:00\"}"),
                user("Thanks"))));

        assertEquals(json("""
                [{"role": "user", "content": [{"type": "text", "text": "Weather and time in Paris?"}]},
                 {"role": "assistant", "content": [
                   {"type": "text", "text": "Checking."},
                   {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"location": "Paris"}},
                   {"type": "tool_use", "id": "toolu_2", "name": "get_time", "input": {}}]},
                 {"role": "user", "content": [
                   {"type": "tool_result", "tool_use_id": "toolu_1", "content": "18°C"},
                   {"type": "tool_result", "tool_use_id": "toolu_2", "content": "{\\"time\\":\\"12:00\\"}"},
                   {"type": "text", "text": "Thanks"}]}]"""), body.get("messages"));
    }

    @Test
    void mergesConsecutiveUserMessagesAndSkipsEmptyOnes() {
        JsonNode body = body(request("m", List.of(user("a"), user(""), user("b"))));

        assertEquals(1, body.get("messages").size());
        assertEquals(2, body.at("/messages/0/content").size());
    }

    @Test
    void refusesToolCallArgumentsThatAreNotAJsonObject() {
        ProblemException problem = assertThrows(ProblemException.class, () -> body(request("m", List.of(
                user("x"), assistant(null, call("t1", "f", "[1, 2]"))))));

        assertEquals(ProblemType.VALIDATION, problem.type());
        assertEquals("messages[1].toolCalls[0].arguments", problem.errors().get(0).field());
    }

    @Test
    void declaresToolsWithInputSchemaAndAnEmptySchemaWhenThereAreNoParameters() {
        JsonNode body = body(request("m", List.of(user("x")),
                List.of(weatherTool(), new InvocationRequest.Tool("now", null, null)), null, null, NO_PARAMETERS));

        assertEquals("get_weather", body.at("/tools/0/name").asText());
        assertEquals("Current weather", body.at("/tools/0/description").asText());
        assertEquals(weatherTool().parameters(), body.at("/tools/0/input_schema"));
        assertEquals(json("{\"type\": \"object\", \"properties\": {}}"), body.at("/tools/1/input_schema"));
        assertFalse(body.has("tool_choice"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"auto\"|{\"type\": \"auto\"}",
            "\"required\"|{\"type\": \"any\"}",
            "\"none\"|{\"type\": \"none\"}",
            "{\"name\": \"get_weather\"}|{\"type\": \"tool\", \"name\": \"get_weather\"}"})
    void mapsToolChoice(String choice, String expected) {
        JsonNode body = body(request("m", List.of(user("x")), List.of(weatherTool()), json(choice), null,
                NO_PARAMETERS));

        assertEquals(json(expected), body.get("tool_choice"));
    }

    @Test
    void refusesAToolChoiceItDoesNotKnow() {
        ProblemException problem = assertThrows(ProblemException.class, () -> body(request("m", List.of(user("x")),
                List.of(weatherTool()), json("\"sometimes\""), null, NO_PARAMETERS)));

        assertEquals("toolChoice", problem.errors().get(0).field());
    }

    @Test
    void sendsSamplingParametersAndStopSequencesButNoSeed() {
        JsonNode body = body(request("m", List.of(user("x")), List.of(), null, null,
                parameters(0.3, 100, 0.9, List.of("END", "STOP"), 42L, null)));

        assertEquals(0.3, body.get("temperature").asDouble());
        assertEquals(0.9, body.get("top_p").asDouble());
        assertEquals(100, body.get("max_tokens").asInt());
        assertEquals(JSON.valueToTree(List.of("END", "STOP")), body.get("stop_sequences"));
        assertFalse(body.has("seed"));
        assertFalse(body.has("thinking"));
    }

    @ParameterizedTest
    @CsvSource({"minimal,1024,5120", "low,2048,6144", "medium,8192,12288", "high,16384,20480"})
    void turnsReasoningEffortIntoAThinkingBudgetAboveTheDefaultMaxTokens(String effort, int budget, int maxTokens) {
        JsonNode body = body(request("m", List.of(user("x")), List.of(), null, null, effort(effort, null)));

        assertEquals(json("{\"type\": \"enabled\", \"budget_tokens\": " + budget + "}"), body.get("thinking"));
        assertEquals(maxTokens, body.get("max_tokens").asInt());
    }

    @Test
    void capsTheThinkingBudgetBelowAnExplicitMaxTokens() {
        JsonNode body = body(request("m", List.of(user("x")), List.of(), null, null, effort("high", 3000)));

        assertEquals(2999, body.at("/thinking/budget_tokens").asInt());
        assertEquals(3000, body.get("max_tokens").asInt());
    }

    @Test
    void refusesThinkingWhenMaxTokensLeavesNoRoomForTheMinimumBudget() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> body(request("m", List.of(user("x")), List.of(), null, null, effort("low", 1024))));

        assertEquals("parameters.maxTokens", problem.errors().get(0).field());
    }

    @Test
    void leavesThinkingOffForEffortNoneAndRefusesUnknownEfforts() {
        assertFalse(body(request("m", List.of(user("x")), List.of(), null, null, effort("none", null))).has("thinking"));
        ProblemException problem = assertThrows(ProblemException.class,
                () -> body(request("m", List.of(user("x")), List.of(), null, null, effort("extreme", null))));
        assertEquals("parameters.reasoningEffort", problem.errors().get(0).field());
    }

    @Test
    void refusesJsonResponseFormatsAndAcceptsText() {
        ResponseFormat schema = new ResponseFormat(ResponseFormat.FormatType.json_schema, "x", json("{}"), true);
        ProblemException problem = assertThrows(ProblemException.class,
                () -> body(request("m", List.of(user("x")), List.of(), null, schema, NO_PARAMETERS)));

        assertEquals(ProblemType.VALIDATION, problem.type());
        assertEquals("responseFormat.type", problem.errors().get(0).field());
        assertTrue(body(request("m", List.of(user("x")), List.of(), null,
                new ResponseFormat(ResponseFormat.FormatType.text, null, null, null), NO_PARAMETERS)).has("messages"));
    }
}
