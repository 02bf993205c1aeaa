package dev.switchboard.credential;

import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.CredentialSpec;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.Sdk;
import dev.switchboard.secret.ResolvedSecrets;
import dev.switchboard.secret.SecretStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.switchboard.model.CredentialNames.AWS_ACCESS_KEY_ID;
import static dev.switchboard.model.CredentialNames.AWS_BEARER_TOKEN_BEDROCK;
import static dev.switchboard.model.CredentialNames.AWS_SECRET_ACCESS_KEY;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_API_KEY;

/**
 * For the catalogue listing: which credentials the server already holds, per provider. One secret
 * query covers every provider, and ambient chains are judged without network calls.
 */
@ApplicationScoped
public class ServerHeldCredentials {

    private final SecretStore secrets;
    private final ServerEnvironment environment;
    private final AwsDefaultChain awsChain;
    private final AzureEntraId entraId;

    ServerHeldCredentials(SecretStore secrets, ServerEnvironment environment, AwsDefaultChain awsChain,
                          AzureEntraId entraId) {
        this.secrets = secrets;
        this.environment = environment;
        this.awsChain = awsChain;
        this.entraId = entraId;
    }

    /** Status by provider key, for the given providers. */
    public Uni<Map<String, ProviderCredentialStatus>> status(Collection<ProviderDefinition> providers) {
        Set<String> names = providers.stream().flatMap(p -> p.credentialNames().stream())
                .collect(Collectors.toUnmodifiableSet());
        Uni<ResolvedSecrets> stored = names.isEmpty()
                ? Uni.createFrom().item(ResolvedSecrets.none()) : secrets.resolve(names);
        return stored.map(found -> {
            boolean awsAmbient = awsChain.likelyAvailable();
            boolean entra = entraId.available();
            Map<String, ProviderCredentialStatus> status = new LinkedHashMap<>();
            for (ProviderDefinition provider : providers) {
                status.put(provider.key(), statusOf(provider, found, awsAmbient, entra));
            }
            return status;
        });
    }

    private ProviderCredentialStatus statusOf(ProviderDefinition provider, ResolvedSecrets found,
                                              boolean awsAmbient, boolean entra) {
        List<CredentialStatus> credentials = new ArrayList<>();
        for (CredentialSpec spec : provider.credentials()) {
            List<CredentialSource> sources = new ArrayList<>();
            if (spec.allNames().stream().anyMatch(name -> isReadable(found, name))) {
                sources.add(CredentialSource.SECRET);
            }
            if (spec.allNames().stream().anyMatch(environment::has)) {
                sources.add(CredentialSource.ENVIRONMENT);
            }
            boolean ambient = switch (spec.name()) {
                case AZURE_OPENAI_API_KEY -> entra;
                case AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY -> awsAmbient;
                default -> false;
            };
            if (ambient) {
                sources.add(CredentialSource.AMBIENT);
            }
            boolean required = spec.required() && !(spec.name().equals(AZURE_OPENAI_API_KEY) && entra);
            credentials.add(new CredentialStatus(spec.name(), required, sources));
        }
        boolean set = provider.sdk() == Sdk.AWS_BEDROCK
                ? awsSet(credentials)
                : credentials.stream().allMatch(c -> !c.required() || !c.sources().isEmpty());
        return new ProviderCredentialStatus(credentials, set);
    }

    /** A bearer token, a key pair held in one place, or an ambient identity. */
    private static boolean awsSet(List<CredentialStatus> credentials) {
        if (!sourcesOf(credentials, AWS_BEARER_TOKEN_BEDROCK).isEmpty()) {
            return true;
        }
        List<CredentialSource> pair = new ArrayList<>(sourcesOf(credentials, AWS_ACCESS_KEY_ID));
        pair.retainAll(sourcesOf(credentials, AWS_SECRET_ACCESS_KEY));
        return !pair.isEmpty();
    }

    private static List<CredentialSource> sourcesOf(List<CredentialStatus> credentials, String name) {
        return credentials.stream().filter(c -> c.name().equals(name)).findFirst()
                .map(CredentialStatus::sources).orElse(List.of());
    }

    private static boolean isReadable(ResolvedSecrets found, String name) {
        return !found.unreadable().contains(name) && CredentialLevels.nonBlank(found.values().get(name)).isPresent();
    }
}
