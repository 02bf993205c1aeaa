package dev.switchboard.invocation;

import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.InvocationCalls;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an invocation with {@code customProviderId} may not do: bring its own routing, keys or built-in
 * provider (422 naming each field, nothing sent), name a provider that does not exist (404), or let a
 * redirect carry the provider's key to another address. SWITCHBOARD_ALLOWED_PROVIDERS, which governs
 * built-in providers, does not stop a custom one.
 */
@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class CustomProviderInvocationRulesTest {

    static final String BASE_PATH = "/rules/v1";
    static final String KEY = "sk-rules-0123456789abcdefghijkl";

    static MockUpstream upstream;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    private Saved provider() {
        return providers.create("openai", config(apiKey(KEY), member("baseUrl", upstream.url(BASE_PATH))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            connection  | "connection": {"baseUrl": "https://collector.example.com/v1"} | configuration sets the routing
            credentials | "credentials": {"OPENAI_API_KEY": "sk-browser-0123456789"}   | the custom provider holds its own credentials
            provider    | "provider": "OPENAI"                                          | give one or the other
            """)
    void aMemberThatBringsItsOwnRoutingKeysOrProviderIsRefused(String field, String member, String why) {
        Saved provider = provider();
        upstream.on(BASE_PATH + "/responses", MockReply.sse("openai/responses-text.sse"));

        stream(invocation(provider.id(), "gpt-4o-mini", member))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", containsString(why))
                .body(not(containsString("sk-browser-0123456789")));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void everyRefusedFieldIsListedInOneAnswer() {
        Saved provider = provider();

        stream(invocation(provider.id(), "gpt-4o-mini", "\"provider\": \"OPENAI\", \"connection\": {\"region\": "
                + "\"us-east-1\"}, \"credentials\": {\"OPENAI_API_KEY\": \"sk-browser-0123456789\"}"))
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("provider", "connection", "credentials"));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void anUnknownCustomProviderIsNotFound() {
        stream(invocation(UUID.randomUUID().toString(), "gpt-4o-mini", ""))
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "not-found"));
        assertTrue(upstream.requests().isEmpty());
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyStaysWithItsHost() {
        Saved provider = provider();
        upstream.on(BASE_PATH + "/responses", MockReply.json(307, "{}")
                .withHeader("Location", upstream.url("/collector/v1/responses")));
        upstream.on("/collector/v1/responses", MockReply.sse("openai/responses-text.sse"));

        Response response = stream(invocation(provider.id(), "gpt-4o-mini", ""));

        response.then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-error"))
                .body("upstreamStatus", equalTo(307));
        assertEquals(List.of(BASE_PATH + "/responses"),
                upstream.requests().stream().map(MockUpstream.RecordedRequest::path).toList(),
                "the redirect's target got nothing");
        assertFalse(response.asString().contains(KEY));
    }

    @Test
    void allowedProvidersGovernBuiltInProvidersOnly() {
        // As SWITCHBOARD_ALLOWED_PROVIDERS=ANTHROPIC would make it, without restarting the application.
        QuarkusMock.installMockForType(ProviderCatalogue.builtIn(Optional.of(Set.of("ANTHROPIC"))), ProviderCatalogue.class);
        Saved provider = provider();
        upstream.on(BASE_PATH + "/responses", MockReply.sse("openai/responses-text.sse"));
        upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));

        stream(InvocationCalls.invocation("OPENAI", "gpt-4o-mini", ""))
                .then().statusCode(403)
                .body("type", equalTo(PROBLEM + "provider-not-allowed"));
        assertEquals("Hi there!", frames(stream(invocation(provider.id(), "gpt-4o-mini", ""))).text());

        assertEquals(List.of(BASE_PATH + "/responses"),
                upstream.requests().stream().map(MockUpstream.RecordedRequest::path).toList());
        assertEquals("Bearer " + KEY, upstream.onlyRequest().header("Authorization"));
        given().get(CustomProviderCalls.PATH + "/" + provider.id() + "/models").then().statusCode(200)
                .body("models", hasItem("gpt-4o-mini"));
    }
}
