package dev.switchboard.upstream.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.switchboard.testing.OpenApiSchemas;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.switchboard.upstream.openai.OpenAiBodies.FULL;
import static dev.switchboard.upstream.openai.OpenAiBodies.MINIMAL_WITH_TOOL;
import static dev.switchboard.upstream.openai.OpenAiBodies.chatBody;
import static dev.switchboard.upstream.openai.OpenAiBodies.responsesBody;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request bodies our OpenAI clients send validate against OpenAI's own API description
 * (a pinned copy of OpenAI's {@code openapi.yaml}, test resources {@code specs/openai/}: CreateChatCompletionRequest, CreateResponse), and the
 * check is not vacuous: invalid bodies fail it.
 */
class OpenAiConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHAT = "CreateChatCompletionRequest";
    private static final String RESPONSES = "CreateResponse";
    private static final String MINIMAL = "{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}";

    private final OpenApiSchemas openai = OpenApiSchemas.of("openai/openapi.yaml");

    @Test
    void fullChatRequestConforms() throws Exception {
        assertConforms(CHAT, chatBody(FULL));
    }

    @Test
    void minimalChatRequestConforms() throws Exception {
        assertConforms(CHAT, chatBody(MINIMAL));
    }

    @Test
    void chatRequestWithJsonObjectFormatAndStringToolChoiceConforms() throws Exception {
        assertConforms(CHAT, chatBody(FULL
                .replace("{\"name\": \"get_weather\"}", "\"auto\"")
                .replace("\"type\": \"json_schema\", \"name\": \"answer\"", "\"type\": \"json_object\", \"name\": null")));
    }

    @Test
    void fullResponsesRequestConforms() throws Exception {
        assertConforms(RESPONSES, responsesBody(FULL));
    }

    @Test
    void minimalResponsesRequestConforms() throws Exception {
        assertConforms(RESPONSES, responsesBody(MINIMAL));
    }

    @Test
    void toolsWithoutParametersConformInBothApis() throws Exception {
        assertConforms(CHAT, chatBody(MINIMAL_WITH_TOOL));
        assertConforms(RESPONSES, responsesBody(MINIMAL_WITH_TOOL));
    }

    @Test
    void chatMessageWithoutRoleFailsTheCheck() throws Exception {
        ObjectNode body = (ObjectNode) chatBody(MINIMAL);
        ((ObjectNode) body.get("messages").get(0)).remove("role");

        assertFalse(openai.validate(CHAT, body).isEmpty());
    }

    @Test
    void chatMaxCompletionTokensAsStringFailsTheCheck() throws Exception {
        ObjectNode body = (ObjectNode) chatBody(MINIMAL);
        body.put("max_completion_tokens", "256");

        assertFalse(openai.validate(CHAT, body).isEmpty());
    }

    @Test
    void chatRequestWithoutMessagesFailsTheCheck() throws Exception {
        ObjectNode body = (ObjectNode) chatBody(MINIMAL);
        body.remove("messages");

        assertFalse(openai.validate(CHAT, body).isEmpty());
    }

    @Test
    void responsesUnknownReasoningEffortFailsTheCheck() throws Exception {
        ObjectNode body = (ObjectNode) responsesBody(FULL);
        ((ObjectNode) body.get("reasoning")).put("effort", "extreme");

        assertFalse(openai.validate(RESPONSES, body).isEmpty());
    }

    @Test
    void responsesMaxOutputTokensAsStringFailsTheCheck() throws Exception {
        ObjectNode body = (ObjectNode) responsesBody(MINIMAL);
        body.put("max_output_tokens", "256");

        assertFalse(openai.validate(RESPONSES, body).isEmpty());
    }

    private void assertConforms(String schema, JsonNode body) {
        Set<ValidationMessage> problems = openai.validate(schema, body);
        assertTrue(problems.isEmpty(), schema + ": " + problems + "\nbody: " + body);
    }
}
