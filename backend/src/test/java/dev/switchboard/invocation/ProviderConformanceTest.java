package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.OpenApiSchemas;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocationWith;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.ANTHROPIC;
import static dev.switchboard.testing.MockProvider.GOOGLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The bodies the Anthropic and Gemini clients send, as the mock recorded them, against the providers'
 * published descriptions (pinned copies in test resources {@code specs/}, through {@link OpenApiSchemas}), where they are correct.
 */
@QuarkusTest
@WithMockUpstream(pointAt = {ANTHROPIC, GOOGLE})
class ProviderConformanceTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HISTORY = """
            "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Weather in Paris?"},
              {"role": "assistant", "content": "Let me check.",
               "toolCalls": [{"id": "toolu_1", "name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}]},
              {"role": "tool", "toolCallId": "toolu_1", "content": "{\\"celsius\\": 18}"},
              {"role": "user", "content": "And tomorrow?"}],
            "tools": [{"name": "get_weather", "description": "Weather for a city",
                       "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}],
            "toolChoice": {"name": "get_weather"}""";

    static MockUpstream upstream;

    /** The body the client sent upstream for the invocation, with {@code path} answering from an SSE fixture. */
    private JsonNode sent(String path, String fixture, String invocation) throws Exception {
        upstream.on(path, MockReply.sse(fixture));
        frames(stream(invocation));
        return JSON.readTree(upstream.requests().get(upstream.requests().size() - 1).body());
    }

    // --- Anthropic ---

    private JsonNode sentToAnthropic(String extra) throws Exception {
        return sent("/v1/messages", "anthropic/text.sse",
                invocationWith("ANTHROPIC", "claude-sonnet-4-5", HISTORY, extra));
    }

    @Test
    void anthropicBodyConformsToTheCuratedDescription() throws Exception {
        JsonNode body = sentToAnthropic("\"parameters\": {\"temperature\": 0.5, \"topP\": 0.9, \"maxTokens\": 300, \"stop\": [\"END\"]}");

        assertEquals(Set.of(), anthropic(body));
        assertEquals("tool_use", body.at("/messages/1/content/1/type").asText());
        assertEquals("tool_result", body.at("/messages/2/content/0/type").asText());
    }

    @Test
    void anthropicThinkingBodyConformsToTheCuratedDescription() throws Exception {
        JsonNode body = sentToAnthropic("\"parameters\": {\"reasoningEffort\": \"medium\"}");

        assertEquals("enabled", body.at("/thinking/type").asText());
        assertEquals(Set.of(), anthropic(body));
    }

    @Test
    void anthropicValidationCatchesABrokenBody() throws Exception {
        ObjectNode body = (ObjectNode) sentToAnthropic("\"parameters\": {\"maxTokens\": 300}");
        body.put("max_tokens", "many");
        ((ObjectNode) body.at("/messages/0")).put("role", "system");

        assertFalse(anthropic(body).isEmpty());
    }

    @Test
    void anthropicBlockValidationCatchesABrokenToolUse() throws Exception {
        JsonNode body = sentToAnthropic("\"parameters\": {\"maxTokens\": 300}");
        ((ObjectNode) body.at("/messages/1/content/1")).remove("input");

        assertFalse(anthropic(body).isEmpty());
    }

    /** Content block schemas by their {@code type}: the description's discriminator mapping for Block. */
    private static final Map<String, String> ANTHROPIC_BLOCKS = Map.of(
            "text", "TextBlock", "tool_use", "ToolUseBlock", "tool_result", "ToolResultBlock",
            "thinking", "ThinkingBlock", "redacted_thinking", "RedactedThinkingBlock", "image", "ImageBlock",
            "document", "DocumentBlock");

    /**
     * Problems of a Messages request body against {@code anthropic_openapi_curated.yaml}. Known flaw of
     * that description: {@code Block} (message content) and {@code Tool} are {@code oneOf}s whose
     * alternatives do not constrain {@code type} (only a {@code default}, plus an OAS discriminator that
     * JSON Schema ignores), so a correct {@code tool_use} block is valid against both ToolUseBlock and
     * ServerToolUseBlock, and every custom tool against ToolTextEditor too, which requires nothing:
     * "must be valid to one and only one schema" fails on correct bodies. So each content block is
     * taken out and checked against the schema its {@code type} names (what the discriminator says),
     * each tool against ToolCustom, and the rest of the request against CreateMessageRequest.
     */
    private static Set<String> anthropic(JsonNode sent) {
        OpenApiSchemas spec = OpenApiSchemas.of("anthropic/anthropic_openapi_curated.yaml");
        ObjectNode body = sent.deepCopy();
        Set<String> problems = new TreeSet<>();
        for (JsonNode message : body.path("messages")) {
            if (message.path("content").isArray()) {
                for (JsonNode block : message.get("content")) {
                    String schema = ANTHROPIC_BLOCKS.get(block.path("type").asText());
                    if (schema == null) {
                        problems.add("unknown content block type " + block.path("type"));
                    } else {
                        messages(spec.validate(schema, block), problems);
                    }
                }
                ((ObjectNode) message).put("content", "(blocks checked one by one)");
            }
        }
        for (JsonNode tool : body.path("tools")) {
            messages(spec.validate("ToolCustom", tool), problems);
        }
        body.remove("tools");
        messages(spec.validate("CreateMessageRequest", body), problems);
        return problems;
    }

    private static void messages(Set<ValidationMessage> found, Set<String> into) {
        found.forEach(message -> into.add(message.getMessage()));
    }

    // --- Gemini ---

    private JsonNode sentToGemini(String extra) throws Exception {
        return sent("/v1beta/models/gemini-2.5-flash:streamGenerateContent", "gemini/text.sse",
                invocationWith("GOOGLE", "gemini-2.5-flash", HISTORY, extra));
    }

    @Test
    void geminiBodyConformsToTheDescription() throws Exception {
        JsonNode body = sentToGemini("""
                "responseFormat": {"type": "json_schema", "name": "answer",
                  "schema": {"type": "object", "properties": {"answer": {"type": "string"}}, "required": ["answer"]}},
                "parameters": {"temperature": 0.5, "topP": 0.9, "maxTokens": 300, "stop": ["END"]}""");

        assertEquals(Set.of(), gemini(body));
        assertEquals("Be brief.", body.at("/systemInstruction/parts/0/text").asText());
        assertEquals("get_weather", body.at("/contents/1/parts/1/functionCall/name").asText());
        assertEquals("get_weather", body.at("/contents/2/parts/0/functionResponse/name").asText());
        assertEquals("OBJECT", body.at("/generationConfig/responseSchema/type").asText());
        assertEquals("ANY", body.at("/toolConfig/functionCallingConfig/mode").asText());
    }

    @Test
    void geminiValidationCatchesABrokenBody() throws Exception {
        ObjectNode body = (ObjectNode) sentToGemini("\"parameters\": {\"maxTokens\": 300}");
        ((ObjectNode) body.get("generationConfig")).put("maxOutputTokens", "lots");
        ((ObjectNode) body.at("/toolConfig/functionCallingConfig")).put("mode", "SOMETIMES");

        assertFalse(gemini(body).isEmpty());
    }

    /**
     * Problems of a GenerateContentRequest against the Gemini description of revision 20241016. Known
     * flaw: it predates members the client sends for newer models ({@code generationConfig.thinkingConfig},
     * {@code generationConfig.seed}, {@code Part.thoughtSignature}, {@code FunctionCall.id}); its schemas do
     * not forbid unknown members, so those pass unchecked rather than fail, and everything it does
     * describe is checked as is.
     */
    private static Set<ValidationMessage> gemini(JsonNode body) {
        return OpenApiSchemas.of("gemini/generativelanguage-openapi-20241016.json").validate("GenerateContentRequest", body);
    }
}
