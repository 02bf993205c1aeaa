package dev.switchboard.credential;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.util.Configuration;
import com.azure.core.util.ConfigurationBuilder;
import com.azure.core.util.ConfigurationSource;
import com.azure.identity.DefaultAzureCredentialBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entra ID through azure-identity's {@code DefaultAzureCredential}. It is considered configured when
 * AZURE_CLIENT_ID and AZURE_TENANT_ID are set with AZURE_FEDERATED_TOKEN_FILE (workload identity),
 * AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH, or when an administrator turns it on
 * (managed identity and developer sign-ins cannot be detected without a network call or a process).
 * The credential reads these variables from {@link ServerEnvironment}, not from the process directly.
 * AZURE_AUTHORITY_HOST selects another authority; one outside the Azure clouds (Azure Stack, a private
 * or test authority) cannot be checked by Microsoft's instance discovery, so discovery is off for it.
 */
@ApplicationScoped
class DefaultAzureEntraId implements AzureEntraId {

    static final String SCOPE = "https://cognitiveservices.azure.com/.default";

    /** The variables DefaultAzureCredential's credentials read (service principal, workload and managed identity). */
    static final List<String> IDENTITY_VARIABLES = List.of("AZURE_TENANT_ID", "AZURE_CLIENT_ID",
            "AZURE_CLIENT_SECRET", "AZURE_CLIENT_CERTIFICATE_PATH", "AZURE_CLIENT_CERTIFICATE_PASSWORD",
            "AZURE_CLIENT_SEND_CERTIFICATE_CHAIN", "AZURE_FEDERATED_TOKEN_FILE", "AZURE_AUTHORITY_HOST",
            "AZURE_TOKEN_CREDENTIALS", "AZURE_ADDITIONALLY_ALLOWED_TENANTS", "AZURE_REGIONAL_AUTHORITY_NAME",
            "AZURE_POD_IDENTITY_AUTHORITY_HOST", "IDENTITY_ENDPOINT", "IDENTITY_HEADER", "IDENTITY_SERVER_THUMBPRINT",
            "IMDS_ENDPOINT", "MSI_ENDPOINT", "MSI_SECRET", "AZURE_USERNAME", "AZURE_PASSWORD");

    /** The hosts of {@link com.azure.identity.AzureAuthorityHosts}, which instance discovery knows. */
    private static final Set<String> AZURE_CLOUDS = Set.of("login.microsoftonline.com", "login.chinacloudapi.cn",
            "login.microsoftonline.us", "login.microsoftonline.de");

    private static final Logger LOG = Logger.getLogger(DefaultAzureEntraId.class);

    private final CredentialsConfig config;
    private final ServerEnvironment environment;
    private final HttpClient httpClient;
    private final ExpiringCache<String> cache;
    private volatile TokenCredential credential;

    @Inject
    DefaultAzureEntraId(CredentialsConfig config, ServerEnvironment environment) {
        this(config, environment, null);
    }

    /** {@code httpClient} carries azure-identity's requests; null for azure-core's default client. */
    DefaultAzureEntraId(CredentialsConfig config, ServerEnvironment environment, HttpClient httpClient) {
        this.config = config;
        this.environment = environment;
        this.httpClient = httpClient;
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

    @Override
    public Uni<Optional<String>> tryToken() {
        return cache.get();
    }

    /** Whether Microsoft's instance discovery knows the authority (it cannot check a private or test one). */
    static boolean inAzureCloud(String authorityHost) {
        return AZURE_CLOUDS.contains(URI.create(authorityHost).getHost());
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
            DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder()
                    .configuration(configuration(environment));
            environment.get("AZURE_AUTHORITY_HOST").ifPresent(host -> {
                builder.authorityHost(host);
                if (!inAzureCloud(host)) {
                    builder.disableInstanceDiscovery();
                }
            });
            if (httpClient != null) {
                builder.httpClient(httpClient);
            }
            credential = builder.build();
        }
        return credential;
    }

    /** An azure-core configuration whose environment is {@link #IDENTITY_VARIABLES} from {@code environment}. */
    static Configuration configuration(ServerEnvironment environment) {
        Map<String, String> variables = new HashMap<>();
        IDENTITY_VARIABLES.forEach(name -> environment.get(name).ifPresent(value -> variables.put(name, value)));
        ConfigurationSource none = path -> Map.of();
        return new ConfigurationBuilder(none, none, path -> variables).build();
    }
}
