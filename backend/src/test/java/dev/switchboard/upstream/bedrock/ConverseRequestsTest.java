package dev.switchboard.upstream.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.model.InvocationRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConverseRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void systemPromptAndInferenceConfig() throws Exception {
        JsonNode body = build("""
                {"model":"m","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}],
                 "parameters":{"maxTokens":256,"temperature":0.2,"topP":0.9,"stop":["END"],"seed":7}}""");

        assertEquals(JSON.readTree("""
                {"messages":[{"role":"user","content":[{"text":"Hi"}]}],
                 "system":[{"text":"Be brief."}],
                 "inferenceConfig":{"maxTokens":256,"temperature":0.2,"topP":0.9,"stopSequences":["END"]}}"""),
                body);
    }

    @Test
    void withoutParametersThereIsNoInferenceConfigOrToolConfig() throws Exception {
        JsonNode body = build("""
                {"model":"m","messages":[{"role":"user","content":"Hi"}]}""");

        assertFalse(body.has("inferenceConfig"));
        assertFalse(body.has("toolConfig"));
        assertFalse(body.has("system"));
    }

    @Test
    void toolCallsAndResultsBecomeToolUseAndToolResultBlocks() throws Exception {
        JsonNode body = build("""
                {"model":"m","messages":[
                  {"role":"user","content":"Weather in Paris and Oslo?"},
                  {"role":"assistant","content":"Checking.","toolCalls":[
                     {"id":"t1","name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"},
                     {"id":"t2","name":"get_weather","arguments":""}]},
                  {"role":"tool","toolCallId":"t1","content":"18C"},
                  {"role":"tool","toolCallId":"t2","content":"9C"}],
                 "tools":[{"name":"get_weather","description":"Weather by city",
                           "parameters":{"type":"object","properties":{"city":{"type":"string"}}}}],
                 "toolChoice":"auto"}""");

        assertEquals(JSON.readTree("""
                [{"role":"user","content":[{"text":"Weather in Paris and Oslo?"}]},
                 {"role":"assistant","content":[{"text":"Checking."},
                    {"toolUse":{"toolUseId":"t1","name":"get_weather","input":{"city":"Paris"}}},
                    {"toolUse":{"toolUseId":"t2","name":"get_weather","input":{}}}]},
                 {"role":"user","content":[
                    {"toolResult":{"toolUseId":"t1","content":[{"text":"18C"}]}},
                    {"toolResult":{"toolUseId":"t2","content":[{"text":"9C"}]}}]}]"""),
                body.get("messages"));
        assertEquals(JSON.readTree("""
                {"tools":[{"toolSpec":{"name":"get_weather","description":"Weather by city",
                   "inputSchema":{"json":{"type":"object","properties":{"city":{"type":"string"}}}}}}],
                 "toolChoice":{"auto":{}}}"""), body.get("toolConfig"));
    }

    @Test
    void adjacentUserMessagesAreMergedAndEmptyTextIsLeftOut() throws Exception {
        JsonNode body = build("""
                {"model":"m","messages":[{"role":"user","content":"a"},{"role":"user","content":""},
                  {"role":"user","content":"b"}]}""");

        assertEquals(JSON.readTree("[{\"role\":\"user\",\"content\":[{\"text\":\"a\"},{\"text\":\"b\"}]}]"),
                body.get("messages"));
    }

    @Test
    void toolChoiceRequiredIsAnyAndANamedToolIsTool() throws Exception {
        String tools = "\"tools\":[{\"name\":\"f\"}]";
        JsonNode required = build("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]," + tools
                + ",\"toolChoice\":\"required\"}");
        JsonNode named = build("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]," + tools
                + ",\"toolChoice\":{\"name\":\"f\"}}");

        assertEquals(JSON.readTree("{\"any\":{}}"), required.at("/toolConfig/toolChoice"));
        assertEquals(JSON.readTree("{\"tool\":{\"name\":\"f\"}}"), named.at("/toolConfig/toolChoice"));
        assertEquals(JSON.readTree("{\"type\":\"object\",\"properties\":{}}"),
                required.at("/toolConfig/tools/0/toolSpec/inputSchema/json"));
    }

    @Test
    void toolChoiceNoneDropsToolsUnlessTheConversationHasToolBlocks() throws Exception {
        JsonNode fresh = build("""
                {"model":"m","messages":[{"role":"user","content":"x"}],"tools":[{"name":"f"}],"toolChoice":"none"}""");
        JsonNode withHistory = build("""
                {"model":"m","messages":[{"role":"user","content":"x"},
                  {"role":"assistant","toolCalls":[{"id":"t","name":"f","arguments":"{}"}]},
                  {"role":"tool","toolCallId":"t","content":"ok"}],
                 "tools":[{"name":"f"}],"toolChoice":"none"}""");

        assertFalse(fresh.has("toolConfig"));
        assertTrue(withHistory.at("/toolConfig/tools").isArray());
        assertFalse(withHistory.at("/toolConfig").has("toolChoice"));
    }

    @Test
    void argumentsThatAreNotAJsonObjectAreABadRequest() {
        ProblemException e = assertThrows(ProblemException.class, () -> build("""
                {"model":"m","messages":[{"role":"user","content":"x"},
                  {"role":"assistant","toolCalls":[{"id":"t","name":"f","arguments":"[1,2]"}]}]}"""));

        assertTrue(e.detail().contains("messages[1].toolCalls[0].arguments"));
    }

    private static JsonNode build(String request) throws Exception {
        InvocationRequest invocation = JSON.readValue(request, InvocationRequest.class);
        return JSON.valueToTree(ConverseRequests.streaming(invocation));
    }
}
