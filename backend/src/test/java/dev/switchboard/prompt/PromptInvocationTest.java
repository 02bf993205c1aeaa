package dev.switchboard.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.LogCapture;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.body;
import static dev.switchboard.prompt.PromptCalls.invokeJson;
import static dev.switchboard.prompt.PromptCalls.invokeStreamed;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.moveTag;
import static dev.switchboard.prompt.PromptCalls.object;
import static dev.switchboard.prompt.PromptCalls.openAi;
import static dev.switchboard.prompt.PromptCalls.save;
import static dev.switchboard.prompt.PromptCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/prompts/{name}/invocations} against a mock OpenAI Chat Completions API: a version chosen
 * by number, by tag or as the latest reaches the provider with its variables substituted, exactly, with its
 * parameters and the request's laid over them field by field, and its headers; the start event and the JSON
 * answer name the prompt, version and tag. Everything refused (missing variables, invalid overrides, version and
 * tag together, an unknown prompt, an Accept or Content-Type it does not serve) is refused before any call upstream.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class PromptInvocationTest {

    static final String CHAT = "/v1/chat/completions";
    static final ObjectMapper JSON = new ObjectMapper();

    static MockUpstream upstream;

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    private static final String V1 = openAi(messages(
            "system", "You are the {{ product }} assistant. Braces stay: {not a tag}.",
            "user", "{{question}}\n(asked by {{ user }})"),
            "\"parameters\": {\"temperature\": 0.2, \"maxTokens\": 256, \"topP\": 0.9, \"stop\": [\"END\"]}, "
                    + "\"headers\": {\"X-Team\": \"support\"}");
    private static final String V2 = openAi(messages("user", "Version two: {{ question }}"),
            "\"parameters\": {\"temperature\": 0.7}");
    private static final String VALUES = object("product", "Switchboard", "question", "How do I {{ escape }}?",
            "user", "ada", "extra", "ignored");

    /** The body the mock received for the only call made. */
    private static JsonNode sent() throws IOException {
        return JSON.readTree(upstream.onlyRequest().body());
    }

    private static JsonNode expectedV1Messages() throws IOException {
        return JSON.readTree("""
                [{"role": "system", "content": "You are the Switchboard assistant. Braces stay: {not a tag}."},
                 {"role": "user", "content": "How do I {{ escape }}?\\n(asked by ada)"}]""");
    }

    @Test
    void streamsAVersionByNumberWithItsVariablesSubstitutedAndItsParametersAndHeaders() throws IOException {
        String name = prompts.create("invoke", V1);
        save(name, V2);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        SseFrames frames = frames(invokeStreamed(name, body("\"version\": 1", "\"variables\": " + VALUES)));

        assertEquals("Hello there, world!", frames.text());
        JsonNode start = frames.first("start").data();
        assertEquals("OPENAI", start.get("provider").asText());
        assertEquals(JSON.readTree("{\"name\": \"" + name + "\", \"version\": 1}"), start.get("prompt"));
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals(CHAT, request.path());
        assertEquals("Bearer " + OPENAI.key(), request.header("Authorization"));
        assertEquals("support", request.header("X-Team"));
        JsonNode sent = sent();
        assertEquals(expectedV1Messages(), sent.get("messages"));
        assertEquals("gpt-4o-mini", sent.get("model").asText());
        assertEquals(0.2, sent.get("temperature").asDouble());
        assertEquals(256, sent.get("max_completion_tokens").asInt());
        assertEquals(0.9, sent.get("top_p").asDouble());
        assertEquals(JSON.readTree("[\"END\"]"), sent.get("stop"));
        assertTrue(sent.get("stream").asBoolean());
    }

    @Test
    void streamsTheVersionATagPointsAtAndTheStartEventNamesTheTag() throws IOException {
        String name = prompts.create("invoke-tag", V1);
        save(name, V2);
        moveTag(name, "production", 1).then().statusCode(200);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        SseFrames frames = frames(invokeStreamed(name, body("\"tag\": \"production\"", "\"variables\": " + VALUES)));

        assertEquals(JSON.readTree("{\"name\": \"" + name + "\", \"version\": 1, \"tag\": \"production\"}"),
                frames.first("start").data().get("prompt"));
        assertEquals(expectedV1Messages(), sent().get("messages"));
        assertEquals(0.2, sent().get("temperature").asDouble());
    }

    @Test
    void withoutVersionOrTagTheLatestVersionRuns() throws IOException {
        String name = prompts.create("invoke-latest", V1);
        save(name, V2);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        SseFrames frames = frames(invokeStreamed(name, body("\"variables\": {\"question\": \"Why?\"}")));

        assertEquals(2, frames.first("start").data().at("/prompt/version").asInt());
        assertEquals(JSON.readTree("[{\"role\": \"user\", \"content\": \"Version two: Why?\"}]"), sent().get("messages"));
        assertEquals(0.7, sent().get("temperature").asDouble());
        assertFalse(sent().has("max_completion_tokens"));
    }

    @Test
    void parametersOfTheRequestOverrideTheVersionsFieldByField() throws IOException {
        String name = prompts.create("invoke-override", V1);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        frames(invokeStreamed(name, body("\"variables\": " + VALUES,
                "\"parameters\": {\"maxTokens\": 64, \"seed\": 7, \"stop\": [\"STOP\", \"HALT\"]}")));

        JsonNode sent = sent();
        assertEquals(0.2, sent.get("temperature").asDouble(), "kept from the version");
        assertEquals(0.9, sent.get("top_p").asDouble(), "kept from the version");
        assertEquals(64, sent.get("max_completion_tokens").asInt(), "overridden");
        assertEquals(7, sent.get("seed").asInt(), "added");
        assertEquals(JSON.readTree("[\"STOP\", \"HALT\"]"), sent.get("stop"), "replaced as a whole");
    }

    @Test
    void theResponseSchemaReachesTheProviderWithItsPropertiesInOrder() {
        String schema = "{\"type\":\"object\",\"properties\":{\"reasoning\":{\"type\":\"string\"},"
                + "\"answer\":{\"type\":\"string\"}},\"required\":[\"reasoning\",\"answer\"]}";
        String name = prompts.create("invoke-schema", openAi(messages("user", "Why?"),
                "\"responseFormat\": {\"type\": \"json_schema\", \"name\": \"answer\", \"schema\": " + schema + "}"));
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        frames(invokeStreamed(name, "{}"));

        String sent = upstream.onlyRequest().body();
        assertTrue(sent.contains("\"schema\":" + schema), sent);
    }

    @Test
    void jsonModeAnswersWithTheWholeResultNamingThePrompt() throws IOException {
        String name = prompts.create("invoke-json", V1);
        moveTag(name, "production", 1).then().statusCode(200);
        upstream.on(CHAT, MockReply.json(200, Fixtures.read("openai/chat-text.json")));

        invokeJson(name, body("\"tag\": \"production\"", "\"variables\": " + VALUES)).then()
                .statusCode(200).contentType(ContentType.JSON)
                .body("text", equalTo("Hello there, world!"))
                .body("provider", equalTo("OPENAI"))
                .body("prompt.name", equalTo(name))
                .body("prompt.version", equalTo(1))
                .body("prompt.tag", equalTo("production"));

        assertEquals(expectedV1Messages(), sent().get("messages"));
        assertFalse(sent().get("stream").asBoolean());
    }

    @Test
    void credentialsOfTheRequestAreUsedForTheCallAndNeverLogged() {
        String name = prompts.create("invoke-key", V1);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));
        String key = "sk-from-the-browser-0123456789";

        SseFrames frames;
        String logged;
        try (LogCapture log = new LogCapture("dev.switchboard", "io.quarkus.rest", "org.hibernate")) {
            frames = frames(invokeStreamed(name, body("\"variables\": " + VALUES,
                    "\"credentials\": {\"OPENAI_API_KEY\": \"" + key + "\"}")));
            logged = log.text();
        }

        assertEquals("request", frames.first("start").data().at("/credentialSources/OPENAI_API_KEY").asText());
        assertEquals("Bearer " + key, upstream.onlyRequest().header("Authorization"));
        assertFalse(logged.contains(key), logged);
    }

    @Test
    void missingVariablesAreA422ListingEachBeforeAnyCall() {
        String name = prompts.create("invoke-missing", V1);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        invokeStreamed(name, body("\"variables\": {\"product\": \"p\"}")).then().statusCode(422)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains("variables.question", "variables.user"));
        invokeJson(name, "{}").then().statusCode(422)
                .body("errors.field", contains("variables.product", "variables.question", "variables.user"));

        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void refusalsComeBeforeAnyCall() {
        String name = prompts.create("invoke-refused", V1);
        moveTag(name, "production", 1).then().statusCode(200);
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        invokeStreamed(name, body("\"variables\": " + VALUES, "\"parameters\": {\"temperature\": 3}")).then()
                .statusCode(422).body("errors.field", contains("parameters.temperature"));
        invokeStreamed(name, body("\"version\": 1", "\"tag\": \"production\"", "\"variables\": " + VALUES)).then()
                .statusCode(422).body("errors.field", contains("tag"));
        invokeStreamed(name, body("\"version\": 9", "\"variables\": " + VALUES)).then()
                .statusCode(404).contentType(ProblemDetail.MEDIA_TYPE);
        invokeStreamed(name, body("\"tag\": \"staging\"", "\"variables\": " + VALUES)).then().statusCode(404);
        invokeJson(uniqueName("missing"), body("\"variables\": " + VALUES)).then().statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
        invokeStreamed(name, body("\"variables\": {\"product\": 1}")).then().statusCode(400)
                .contentType(ProblemDetail.MEDIA_TYPE);

        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void anAcceptOfNeitherJsonNorEventsIsNotAcceptable() {
        String name = prompts.create("invoke-406", V1);

        given().contentType(ContentType.JSON).accept("text/plain").body(body("\"variables\": " + VALUES))
                .post(PATH + "/" + name + "/invocations")
                .then().statusCode(406);

        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        String name = prompts.create("invoke-415", V1);

        for (String accept : new String[]{"text/event-stream", "application/json"}) {
            given().contentType(ContentType.TEXT).accept(accept).body("question=hi")
                    .post(PATH + "/" + name + "/invocations")
                    .then().statusCode(415).contentType(ProblemDetail.MEDIA_TYPE)
                    .body("type", equalTo(PROBLEM + "unsupported-media-type"));
        }

        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void aPlainInvocationNamesNoPromptAndSendsBracesAsTheyAre() throws IOException {
        upstream.on(CHAT, MockReply.sse("openai/chat-text.sse"));

        SseFrames frames = frames(given().contentType(ContentType.JSON).accept("text/event-stream")
                .body(openAi(messages("user", "Hi {{ x }}"), "")).post("/api/v1/invocations"));

        assertFalse(frames.first("start").data().has("prompt"));
        assertEquals("Hi {{ x }}", sent().at("/messages/0/content").asText());
    }
}
