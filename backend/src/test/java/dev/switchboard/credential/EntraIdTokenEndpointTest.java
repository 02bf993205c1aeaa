package dev.switchboard.credential;

import dev.switchboard.model.CredentialNames;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real azure-identity token path: {@link DefaultAzureEntraId} builds DefaultAzureCredential from the
 * server environment, with AZURE_AUTHORITY_HOST pointing at a local HTTPS authority (self-signed, trusted
 * through the HTTP client handed to azure-identity). MSAL sends its client-credentials request there; the
 * token comes back through the {@link CredentialResolver}. No Azure is contacted.
 */
@WithMockUpstream(tls = true)
class EntraIdTokenEndpointTest {

    private static final String TENANT = "tenant-1";
    private static final String TOKEN_PATH = LocalEntraId.tokenPath(TENANT);
    private static final String ENDPOINT = "https://contoso.openai.azure.com";

    /** The local Entra ID authority, over HTTPS. */
    private static MockUpstream authority;
    private static Vertx vertx;

    private final ResolverFixture fixture = new ResolverFixture();
    /** The threads that sent azure-identity's requests. */
    private final List<String> tokenThreads = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void scriptAuthority() {
        LocalEntraId.serveTenant(authority, TENANT);
        fixture.environment.put("AZURE_AUTHORITY_HOST", authority.url("/"));
        fixture.environment.put("AZURE_TENANT_ID", TENANT);
        fixture.environment.put("AZURE_CLIENT_ID", "client-1");
        fixture.environment.put("AZURE_OPENAI_ENDPOINT", ENDPOINT);
    }

    @Test
    void clientSecretTokenFromTheLocalAuthorityIsResolvedOffTheEventLoopAndCached() {
        issueToken("eyJ-secret", 3600);
        fixture.environment.put("AZURE_CLIENT_SECRET", "secret-1");
        useRealEntraId();

        ResolvedCredentials first = resolveOnEventLoop();
        ResolvedCredentials second = resolveOnEventLoop();

        assertEquals("eyJ-secret", first.values().get(CredentialNames.AZURE_OPENAI_AD_TOKEN));
        assertEquals(CredentialSource.AMBIENT, first.sources().get(CredentialNames.AZURE_OPENAI_AD_TOKEN));
        assertEquals("eyJ-secret", second.values().get(CredentialNames.AZURE_OPENAI_AD_TOKEN));
        Map<String, String> form = LocalEntraId.form(onlyTokenRequest().body());
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("client-1", form.get("client_id"));
        assertEquals("secret-1", form.get("client_secret"));
        assertTrue(form.get("scope").contains(DefaultAzureEntraId.SCOPE), form.get("scope"));
        assertFetchedOffTheEventLoop();
    }

    @Test
    void workloadIdentitySendsTheFederatedTokenAsClientAssertion() throws Exception {
        issueToken("eyJ-workload", 3600);
        Path federated = Files.writeString(temp.resolve("azure-identity-token"), "federated-jwt");
        fixture.environment.put("AZURE_FEDERATED_TOKEN_FILE", federated.toString());
        useRealEntraId();

        ResolvedCredentials resolved = resolveOnEventLoop();

        assertEquals("eyJ-workload", resolved.values().get(CredentialNames.AZURE_OPENAI_AD_TOKEN));
        assertEquals(CredentialSource.AMBIENT, resolved.sources().get(CredentialNames.AZURE_OPENAI_AD_TOKEN));
        Map<String, String> form = LocalEntraId.form(onlyTokenRequest().body());
        assertEquals("client-1", form.get("client_id"));
        assertEquals("federated-jwt", form.get("client_assertion"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form.get("client_assertion_type"));
        assertTrue(form.get("scope").contains(DefaultAzureEntraId.SCOPE), form.get("scope"));
        assertFetchedOffTheEventLoop();
    }

    @Test
    void aTokenWithinTheRefreshMarginIsFetchedAgain() {
        issueToken("eyJ-short", 240); // four minutes: inside the five-minute refresh margin
        fixture.environment.put("AZURE_CLIENT_SECRET", "secret-1");
        useRealEntraId();

        resolveOnEventLoop();
        resolveOnEventLoop();

        assertEquals(2, authority.requests().stream().filter(r -> r.path().equals(TOKEN_PATH)).count());
    }

    private void issueToken(String token, int expiresIn) {
        LocalEntraId.issueToken(authority, TENANT, token, expiresIn);
    }

    /** The real bean over the fixture's environment, recording the threads azure-identity sends from. */
    private void useRealEntraId() {
        fixture.entraId = new DefaultAzureEntraId(config(), fixture.serverEnvironment,
                LocalEntraId.trusting(authority, tokenThreads));
    }

    /** Resolves as a request handler would: subscribed on a Vert.x event loop, which must not block. */
    private ResolvedCredentials resolveOnEventLoop() {
        CompletableFuture<ResolvedCredentials> result = new CompletableFuture<>();
        CredentialResolver resolver = fixture.resolver();
        vertx.runOnContext(v -> {
            if (!Context.isOnEventLoopThread()) {
                result.completeExceptionally(new AssertionError("not on an event loop"));
                return;
            }
            resolver.resolve(new CredentialRequest("AZURE_OPENAI", Map.of(), ConnectionOverride.none()))
                    .subscribe().with(resolved -> {
                        // The upstream call that follows belongs on the caller's event loop, not azure-identity's worker.
                        if (Context.isOnEventLoopThread()) {
                            result.complete(resolved);
                        } else {
                            result.completeExceptionally(new AssertionError("resolved on " + Thread.currentThread().getName()
                                    + ", not back on the event loop"));
                        }
                    }, result::completeExceptionally);
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("resolution failed", e);
        }
    }

    private void assertFetchedOffTheEventLoop() {
        assertFalse(tokenThreads.isEmpty());
        String fetcher = tokenThreads.get(0);
        assertFalse(fetcher.startsWith("vert.x-eventloop"), "azure-identity ran on " + fetcher);
    }

    private MockUpstream.RecordedRequest onlyTokenRequest() {
        List<MockUpstream.RecordedRequest> tokenRequests = authority.requests().stream()
                .filter(r -> r.path().equals(TOKEN_PATH)).toList();
        assertEquals(1, tokenRequests.size(), "token requests (a second resolution must use the cache)");
        return tokenRequests.get(0);
    }

    private static CredentialsConfig config() {
        return new CredentialsConfig() {
            @Override
            public boolean awsDefaultChain() {
                return false;
            }

            @Override
            public boolean azureEntraId() {
                return false;
            }

            @Override
            public Duration ambientRefreshMargin() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration ambientReuse() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration ambientFailureBackoff() {
                return Duration.ofMinutes(1);
            }
        };
    }
}
