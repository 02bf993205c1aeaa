package dev.switchboard.credential;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entra ID tokens for custom providers that authenticate with an app registration's client secret:
 * fetched by azure-identity on a worker thread (never the event loop) and cached per provider and
 * configuration until shortly before they expire. A configuration that changes gets a new entry, so an
 * edited secret is used at once.
 */
@ApplicationScoped
class AzureClientSecretTokens {

    private static final Logger LOG = Logger.getLogger(AzureClientSecretTokens.class);

    /** What the token endpoint gave: a token, or why there is none (never a secret). */
    record Outcome(String token, String failure) {
    }

    /** One app registration as a custom provider configures it. */
    record Registration(String cacheKey, String tenantId, String clientId, String clientSecret,
                        String authorityHost, String scope) {

        @Override
        public String toString() {
            return "Registration[tenantId=" + tenantId + ", clientId=" + clientId + "]";
        }
    }

    private final CredentialsConfig config;
    private final HttpClient httpClient;
    private final Map<String, ExpiringCache<Outcome>> caches = new ConcurrentHashMap<>();

    @Inject
    AzureClientSecretTokens(CredentialsConfig config) {
        this(config, null);
    }

    /** {@code httpClient} carries azure-identity's requests; null for azure-core's default client. */
    AzureClientSecretTokens(CredentialsConfig config, HttpClient httpClient) {
        this.config = config;
        this.httpClient = httpClient;
    }

    Uni<Outcome> token(Registration registration) {
        if (caches.size() > 1000) {
            caches.clear(); // providers edited many times leave entries behind; they are cheap to refetch
        }
        return caches.computeIfAbsent(registration.cacheKey(),
                key -> new ExpiringCache<>(() -> load(registration), Clock.systemUTC()))
                .get().map(outcome -> outcome.orElseThrow());
    }

    private ExpiringCache.Loaded<Outcome> load(Registration registration) {
        try {
            AccessToken token = credential(registration).getTokenSync(new TokenRequestContext().addScopes(
                    registration.scope() == null ? DefaultAzureEntraId.SCOPE : registration.scope()));
            Instant refreshAt = token.getExpiresAt().toInstant().minus(config.ambientRefreshMargin());
            return new ExpiringCache.Loaded<>(Optional.of(new Outcome(token.getToken(), null)), refreshAt);
        } catch (RuntimeException e) {
            String reason = firstLine(e.getMessage()).replace(registration.clientSecret(), "…");
            LOG.warnf("Entra ID gave no token for %s: %s", registration, reason);
            return new ExpiringCache.Loaded<>(Optional.of(new Outcome(null, reason)),
                    Instant.now().plus(config.ambientFailureBackoff()));
        }
    }

    private ClientSecretCredential credential(Registration registration) {
        ClientSecretCredentialBuilder builder = new ClientSecretCredentialBuilder()
                .tenantId(registration.tenantId())
                .clientId(registration.clientId())
                .clientSecret(registration.clientSecret());
        if (registration.authorityHost() != null) {
            builder.authorityHost(registration.authorityHost());
            if (!DefaultAzureEntraId.inAzureCloud(registration.authorityHost())) {
                builder.disableInstanceDiscovery();
            }
        }
        if (httpClient != null) {
            builder.httpClient(httpClient);
        }
        return builder.build();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the token request failed";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
