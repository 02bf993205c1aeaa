package dev.switchboard.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.Fixtures;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.body;
import static dev.switchboard.prompt.PromptCalls.getVersion;
import static dev.switchboard.prompt.PromptCalls.invokeJson;
import static dev.switchboard.prompt.PromptCalls.invokeStreamed;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.moveTag;
import static dev.switchboard.prompt.PromptCalls.render;
import static dev.switchboard.prompt.PromptCalls.saveVersion;
import static dev.switchboard.prompt.PromptCalls.version;
import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.assertStartsAs;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static dev.switchboard.testing.TestDatabase.connect;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prompt versions that use a custom provider (an OpenAI-compatible one at the mock): the version names the
 * provider and keeps its name as it was; invoking it goes to the provider's address with its key and the
 * variables substituted. Deleting the provider keeps the version ({@code ON DELETE SET NULL}, let through by the
 * immutability trigger): it reads with customProviderId null, the name kept and customProviderDeleted true, and
 * invoking it is a 422 {@code custom-provider-gone} naming the provider, without a call.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class PromptCustomProviderTest {

    static final String BASE_PATH = "/team-gateway/v1";
    static final String KEY = "sk-team-gateway-0123456789abcdef";

    static MockUpstream upstream;

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    private Saved provider() {
        return providers.create("openai", config(apiKey(KEY), member("baseUrl", upstream.url(BASE_PATH)),
                member("apiType", "chat_completions")));
    }

    private static String versionFor(Saved provider) {
        return version("\"customProviderId\": \"" + provider.id() + "\"", "team-model",
                messages("user", "Summarise {{ ticket }} for {{ team }}."), "\"parameters\": {\"temperature\": 0.1}");
    }

    /** A prompt whose version 1, through {@code provider}, is tagged production; the mock is ready to answer it. */
    private String taggedPrompt(String prefix, Saved provider) {
        String name = prompts.create(prefix, versionFor(provider));
        moveTag(name, "production", 1).then().statusCode(200);
        upstream.on(BASE_PATH + "/chat/completions", MockReply.sse("openai/chat-text.sse"));
        return name;
    }

    @Test
    void aVersionNamesItsCustomProviderAndRunsThroughIt() throws Exception {
        Saved provider = provider();
        String name = taggedPrompt("custom", provider);

        getVersion(name, "1").then().statusCode(200)
                .body("provider", nullValue())
                .body("customProviderId", equalTo(provider.id()))
                .body("customProviderName", equalTo(provider.name()))
                .body("customProviderDeleted", equalTo(false));
        SseFrames frames = frames(invokeStreamed(name, body("\"tag\": \"production\"",
                "\"variables\": {\"ticket\": \"#42\", \"team\": \"billing\"}")));

        JsonNode start = frames.first("start").data();
        assertStartsAs(provider, start, "OPENAI_API_KEY");
        assertEquals("production", start.at("/prompt/tag").asText());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals(BASE_PATH + "/chat/completions", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        JsonNode sent = new ObjectMapper().readTree(request.body());
        assertEquals("team-model", sent.get("model").asText());
        assertEquals(new ObjectMapper().readTree("[{\"role\": \"user\", \"content\": \"Summarise #42 for billing.\"}]"),
                sent.get("messages"));
        assertEquals(0.1, sent.get("temperature").asDouble());
    }

    @Test
    void jsonModeThroughTheCustomProviderNamesThePrompt() {
        Saved provider = provider();
        String name = prompts.create("custom-json", versionFor(provider));
        upstream.on(BASE_PATH + "/chat/completions", MockReply.json(200, Fixtures.read("openai/chat-text.json")));

        invokeJson(name, body("\"version\": 1", "\"variables\": {\"ticket\": \"#7\", \"team\": \"ops\"}")).then()
                .statusCode(200)
                .body("customProviderId", equalTo(provider.id()))
                .body("text", equalTo("Hello there, world!"))
                .body("prompt.name", equalTo(name))
                .body("prompt.version", equalTo(1));

        assertEquals("Bearer " + KEY, upstream.onlyRequest().header("Authorization"));
    }

    @Test
    void aVersionKeepsTheProvidersNameAsItWasWhenSaved() {
        Saved provider = provider();
        String name = prompts.create("custom-renamed", versionFor(provider));
        String renamed = CustomProviderCalls.uniqueName("renamed");

        CustomProviderCalls.patch(provider.id(), "{\"name\": \"" + renamed + "\"}");

        getVersion(name, "1").then().body("customProviderName", equalTo(provider.name()))
                .body("customProviderId", equalTo(provider.id()));
    }

    @Test
    void deletingTheProviderKeepsTheVersionMarkedAndInvokingItIsCustomProviderGone() throws SQLException {
        Saved provider = provider();
        String name = taggedPrompt("custom-gone", provider);

        CustomProviderCalls.delete(provider.id()).then().statusCode(204);

        getVersion(name, "1").then().statusCode(200)
                .body("customProviderId", nullValue())
                .body("customProviderName", equalTo(provider.name()))
                .body("customProviderDeleted", equalTo(true))
                .body("provider", nullValue())
                .body("messages[0].content", equalTo("Summarise {{ ticket }} for {{ team }}."))
                .body("tags", contains("production"));
        given().get(PATH + "/" + name).then().body("latestVersion", equalTo(1));
        assertStoredWithoutProvider(name, provider.name());
        render(name, body("\"variables\": {\"ticket\": \"#1\", \"team\": \"t\"}")).then().statusCode(200)
                .body("customProviderId", nullValue()).body("customProviderName", equalTo(provider.name()))
                .body("customProviderDeleted", equalTo(true));
        for (String selection : new String[]{"\"version\": 1", "\"tag\": \"production\"", ""}) {
            String request = body(selection, "\"variables\": {\"ticket\": \"#1\", \"team\": \"t\"}");
            invokeStreamed(name, request).then().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                    .body("type", equalTo(PROBLEM + "custom-provider-gone"))
                    .body("detail", allOf(containsString(provider.name()), containsString("deleted")));
            invokeJson(name, request).then().statusCode(422).body("type", equalTo(PROBLEM + "custom-provider-gone"));
        }
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void aDeletedProviderCannotBeSavedInANewVersion() {
        Saved provider = provider();
        String name = prompts.create("custom-resave", versionFor(provider));
        CustomProviderCalls.delete(provider.id()).then().statusCode(204);

        saveVersion(name, versionFor(provider)).then().statusCode(422).body("errors.field", contains("customProviderId"));

        given().get(PATH + "/" + name + "/versions").then().body("number", contains(1));
    }

    @Test
    void credentialsCannotBeGivenForACustomProvidersVersion() {
        Saved provider = provider();
        String name = prompts.create("custom-creds", versionFor(provider));

        invokeStreamed(name, body("\"variables\": {\"ticket\": \"#1\", \"team\": \"t\"}",
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-other-0123456789\"}"))
                .then().statusCode(422).body("errors.field", contains("credentials"));

        assertTrue(upstream.requests().isEmpty());
    }

    private static void assertStoredWithoutProvider(String prompt, String providerName) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(
                "SELECT v.custom_provider_id, v.custom_provider_name, v.provider FROM prompt_versions v "
                        + "JOIN prompts p ON p.id = v.prompt_id WHERE p.name = ?")) {
            statement.setString(1, prompt);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "the version is still there");
                assertNull(rows.getObject(1, UUID.class));
                assertEquals(providerName, rows.getString(2));
                assertNull(rows.getString(3));
            }
        }
    }
}
