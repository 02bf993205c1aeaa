package dev.switchboard.credential;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.DefaultAzureCredentialBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Entra ID through azure-identity's {@code DefaultAzureCredential}. It is considered configured when
 * AZURE_CLIENT_ID and AZURE_TENANT_ID are set with AZURE_FEDERATED_TOKEN_FILE (workload identity),
 * AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH, or when an administrator turns it on
 * (managed identity and developer sign-ins cannot be detected without a network call or a process).
 */
@ApplicationScoped
class DefaultAzureEntraId implements AzureEntraId {

    static final String SCOPE = "https://cognitiveservices.azure.com/.default";

    private static final Logger LOG = Logger.getLogger(DefaultAzureEntraId.class);

    private final CredentialsConfig config;
    private final ServerEnvironment environment;
    private final ExpiringCache<String> cache;
    private volatile TokenCredential credential;

    DefaultAzureEntraId(CredentialsConfig config, ServerEnvironment environment) {
        this.config = config;
        this.environment = environment;
        this.cache = new ExpiringCache<>(this::load, Clock.systemUTC());
    }

    @Override
    public boolean available() {
        return config.azureEntraId() || hasServicePrincipal(environment);
    }

    static boolean hasServicePrincipal(ServerEnvironment environment) {
        return environment.has("AZURE_CLIENT_ID") && environment.has("AZURE_TENANT_ID")
                && (environment.has("AZURE_FEDERATED_TOKEN_FILE") || environment.has("AZURE_CLIENT_SECRET")
                || environment.has("AZURE_CLIENT_CERTIFICATE_PATH"));
    }

    @Override
    public Uni<Optional<String>> token() {
        if (!available()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return cache.get();
    }

    private ExpiringCache.Loaded<String> load() {
        Instant now = Instant.now();
        try {
            AccessToken token = credential().getTokenSync(new TokenRequestContext().addScopes(SCOPE));
            Instant refreshAt = token.getExpiresAt().toInstant().minus(config.ambientRefreshMargin());
            return new ExpiringCache.Loaded<>(Optional.of(token.getToken()), refreshAt);
        } catch (RuntimeException e) {
            LOG.warnf("Entra ID is configured but DefaultAzureCredential could not get a token: %s", e.getMessage());
            return new ExpiringCache.Loaded<>(Optional.empty(), now.plus(config.ambientFailureBackoff()));
        }
    }

    private TokenCredential credential() {
        if (credential == null) {
            credential = new DefaultAzureCredentialBuilder().build();
        }
        return credential;
    }
}
