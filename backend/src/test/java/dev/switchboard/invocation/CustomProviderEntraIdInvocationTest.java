package dev.switchboard.invocation;

import dev.switchboard.credential.LocalEntraId;
import dev.switchboard.testing.CustomProviderCalls;
import dev.switchboard.testing.CustomProviderCalls.Saved;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static dev.switchboard.testing.CustomProviderCalls.assertNoHeaderCarries;
import static dev.switchboard.testing.CustomProviderCalls.assertStartsAs;
import static dev.switchboard.testing.CustomProviderCalls.invocation;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.AZURE_OPENAI;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invocations through a custom provider of sdk {@code azure_openai} with {@code azure_ad_client_secret}:
 * azure-identity asks a local Entra ID authority (HTTPS, at the provider's authorityHost) for a token
 * with the provider's tenant, client id and secret, off the event loop; the token goes upstream as
 * {@code Authorization: Bearer}, is reused for the next call, and is fetched anew once the provider
 * changed. The server's AZURE_OPENAI_API_KEY (which the environment holds) is never sent.
 */
@QuarkusTest
@WithMockUpstream(pointAt = AZURE_OPENAI)
class CustomProviderEntraIdInvocationTest {

    static final String TENANT = "team-tenant";
    static final String CLIENT_SECRET = "team-client-secret-0123456789abcdef";
    static final String DEPLOYMENT = "team-gpt-4o";
    static final String RESPONSES = "/openai/responses";

    static MockUpstream upstream;
    /** The local Entra ID authority, over HTTPS. */
    static MockUpstream authority;

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();
    /** The threads tokens were delivered on; for a fetch, the one that ran azure-identity. */
    private List<String> tokenThreads;

    @BeforeAll
    static void startAuthority() {
        authority = MockUpstream.startTls();
    }

    @AfterAll
    static void stopAuthority() {
        authority.close();
    }

    @BeforeEach
    void useTheLocalAuthority() {
        tokenThreads = LocalEntraId.installClientSecretTokens(authority);
        LocalEntraId.serveTenant(authority, TENANT);
    }

    @AfterEach
    void forgetTheAuthoritysRequests() {
        authority.reset();
    }

    /** A provider on the mock whose app registration is in {@link #TENANT} at the local authority, plus {@code extra} auth members. */
    private Saved provider(String extra) {
        return providers.create("azure_openai", """
                {"auth": {"type": "azure_ad_client_secret", "tenantId": "%s", "clientId": "team-client",
                          "clientSecret": "%s", "authorityHost": "%s"%s},
                 "azureEndpoint": "%s", "headers": {"X-Team": "from-provider"}}"""
                .formatted(TENANT, CLIENT_SECRET, authority.url("/"), extra, upstream.url("")));
    }

    private List<MockUpstream.RecordedRequest> tokenRequests() {
        return authority.requests().stream().filter(r -> r.path().equals(LocalEntraId.tokenPath(TENANT))).toList();
    }

    @Test
    void theTokenIsFetchedOffTheEventLoopSentAsBearerAndReusedForTheNextCall() {
        LocalEntraId.issueToken(authority, TENANT, "eyJ-team-token-1", 3600);
        Saved provider = provider("");
        upstream.on(RESPONSES, MockReply.sse("azure/responses-text.sse"));

        Response first = stream(invocation(provider.id(), DEPLOYMENT, ""));
        SseFrames frames = frames(first);
        frames(stream(invocation(provider.id(), DEPLOYMENT, "\"headers\": {\"X-Team\": \"from-request\"}")));

        assertEquals("Hi!", frames.text());
        assertStartsAs(provider, frames.first("start").data(),
                "AZURE_OPENAI_AD_TOKEN", "AZURE_OPENAI_ENDPOINT", "OPENAI_API_VERSION");
        List<MockUpstream.RecordedRequest> sent = upstream.requests();
        assertEquals(2, sent.size());
        for (MockUpstream.RecordedRequest request : sent) {
            assertEquals(RESPONSES, request.path());
            assertEquals("api-version=2025-04-01-preview", request.query());
            assertEquals("Bearer eyJ-team-token-1", request.header("Authorization"));
            assertNull(request.header("api-key"));
            assertNoHeaderCarries(request, AZURE_OPENAI.key());
            assertNoHeaderCarries(request, CLIENT_SECRET);
        }
        assertEquals(List.of("from-provider", "from-request"), sent.stream().map(r -> r.header("X-Team")).toList());
        assertEquals(1, tokenRequests().size(), "the second call uses the cached token");
        Map<String, String> form = LocalEntraId.form(tokenRequests().get(0).body());
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("team-client", form.get("client_id"));
        assertEquals(CLIENT_SECRET, form.get("client_secret"));
        assertTrue(form.get("scope").contains("https://cognitiveservices.azure.com/.default"), form.get("scope"));
        assertFalse(tokenThreads.get(0).startsWith("vert.x-eventloop"), "azure-identity ran on " + tokenThreads.get(0));
        assertFalse(first.asString().contains("eyJ-team-token-1"));
    }

    @Test
    void aChangedProviderFetchesANewTokenForItsScope() {
        LocalEntraId.issueToken(authority, TENANT, "eyJ-before-change", 3600);
        Saved provider = provider(", \"scope\": \"api://team-gateway/.default\"");
        upstream.on(RESPONSES, MockReply.sse("azure/responses-text.sse"));
        frames(stream(invocation(provider.id(), DEPLOYMENT, "")));

        CustomProviderCalls.patch(provider.id(), "{\"description\": \"now with a description\"}");
        LocalEntraId.issueToken(authority, TENANT, "eyJ-after-change", 3600);
        frames(stream(invocation(provider.id(), DEPLOYMENT, "")));

        assertEquals(List.of("Bearer eyJ-before-change", "Bearer eyJ-after-change"),
                upstream.requests().stream().map(r -> r.header("Authorization")).toList());
        assertEquals(2, tokenRequests().size());
        for (MockUpstream.RecordedRequest tokenRequest : tokenRequests()) {
            String scope = LocalEntraId.form(tokenRequest.body()).get("scope");
            assertTrue(scope.contains("api://team-gateway/.default"), scope);
        }
    }

    @Test
    void aRefusedClientSecretIsAnAuthenticationProblemWithTheSecretScrubbed() {
        // An authority that quotes the secret it refused.
        authority.on(LocalEntraId.tokenPath(TENANT), MockReply.json(401, """
                {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided: %s",
                 "error_codes":[7000215]}""".formatted(CLIENT_SECRET)));
        Saved provider = provider("");
        upstream.on(RESPONSES, MockReply.sse("azure/responses-text.sse"));

        Response response = stream(invocation(provider.id(), DEPLOYMENT, ""));

        response.then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "upstream-authentication"))
                .body("detail", containsString(provider.name()));
        assertFalse(response.asString().contains(CLIENT_SECRET), response.asString());
        assertTrue(upstream.requests().isEmpty(), "nothing goes upstream without a token");
    }
}
