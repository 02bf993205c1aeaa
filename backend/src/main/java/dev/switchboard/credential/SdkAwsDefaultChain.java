package dev.switchboard.credential;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The AWS SDK's {@link DefaultCredentialsProvider} (environment, profile files, web identity,
 * container and instance roles). Its calls block, so they run on a worker and are cached.
 */
@ApplicationScoped
class SdkAwsDefaultChain implements AwsDefaultChain {

    private static final Logger LOG = Logger.getLogger(SdkAwsDefaultChain.class);

    /** Variables that point the chain at an identity without it having to probe the network. */
    private static final List<String> HINTS = List.of("AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE");

    private final CredentialsConfig config;
    private final ServerEnvironment environment;
    private final ExpiringCache<AwsIdentity> cache;
    private volatile DefaultCredentialsProvider provider;

    SdkAwsDefaultChain(CredentialsConfig config, ServerEnvironment environment) {
        this.config = config;
        this.environment = environment;
        this.cache = new ExpiringCache<>(this::load, Clock.systemUTC());
    }

    @Override
    public boolean enabled() {
        return config.awsDefaultChain();
    }

    @Override
    public boolean likelyAvailable() {
        if (!config.awsDefaultChain()) {
            return false;
        }
        if (cache.peek().isPresent() || HINTS.stream().anyMatch(environment::has)) {
            return true;
        }
        return environment.get("HOME").map(home -> Path.of(home, ".aws"))
                .map(dir -> Files.isRegularFile(dir.resolve("credentials")) || Files.isRegularFile(dir.resolve("config")))
                .orElse(false);
    }

    @Override
    public Uni<Optional<AwsIdentity>> resolve() {
        if (!config.awsDefaultChain()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return cache.get();
    }

    private ExpiringCache.Loaded<AwsIdentity> load() {
        Instant now = Instant.now();
        try {
            AwsCredentials credentials = provider().resolveCredentials();
            String sessionToken = credentials instanceof AwsSessionCredentials session ? session.sessionToken() : null;
            Instant refreshAt = credentials.expirationTime()
                    .map(expiry -> expiry.minus(config.ambientRefreshMargin()))
                    .orElse(now.plus(config.ambientReuse()));
            return new ExpiringCache.Loaded<>(Optional.of(new AwsIdentity(credentials.accessKeyId(),
                    credentials.secretAccessKey(), sessionToken)), refreshAt);
        } catch (RuntimeException e) {
            LOG.infof("The AWS default credentials chain found no identity: %s", e.getMessage());
            return new ExpiringCache.Loaded<>(Optional.empty(), now.plus(config.ambientFailureBackoff()));
        }
    }

    private DefaultCredentialsProvider provider() {
        if (provider == null) {
            provider = DefaultCredentialsProvider.builder().build();
        }
        return provider;
    }
}
