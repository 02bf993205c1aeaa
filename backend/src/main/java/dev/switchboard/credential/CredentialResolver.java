package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.common.validation.AwsRegions;
import dev.switchboard.model.CredentialKind;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.CredentialSpec;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.model.Sdk;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.secret.ResolvedSecrets;
import dev.switchboard.secret.SecretStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.switchboard.model.CredentialNames.AWS_ACCESS_KEY_ID;
import static dev.switchboard.model.CredentialNames.AWS_REGION;
import static dev.switchboard.model.CredentialNames.AWS_SECRET_ACCESS_KEY;
import static dev.switchboard.model.CredentialNames.AWS_SESSION_TOKEN;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_AD_TOKEN;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_API_KEY;

/**
 * Finds the credentials for a built-in provider, per credential name: the request, then a stored
 * secret, then the server environment, then the provider's ambient chain (Entra ID for Azure, the
 * default chain for AWS). Everything that can fail is checked here, before any upstream call:
 * unknown or disallowed providers, missing and undecryptable credentials, and the egress guard.
 */
@ApplicationScoped
public class CredentialResolver {

    private final ProviderCatalogue catalogue;
    private final SecretStore secrets;
    private final ServerEnvironment environment;
    private final AwsDefaultChain awsChain;
    private final AzureEntraId entraId;

    CredentialResolver(ProviderCatalogue catalogue, SecretStore secrets, ServerEnvironment environment,
                       AwsDefaultChain awsChain, AzureEntraId entraId) {
        this.catalogue = catalogue;
        this.secrets = secrets;
        this.environment = environment;
        this.awsChain = awsChain;
        this.entraId = entraId;
    }

    public Uni<ResolvedCredentials> resolve(CredentialRequest request) {
        return Uni.createFrom().deferred(() -> {
            ProviderDefinition provider = catalogue.require(request.provider());
            Set<String> notInRequest = provider.credentialNames().stream()
                    .filter(name -> CredentialLevels.nonBlank(request.credentials().get(name)).isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            Uni<ResolvedSecrets> stored = notInRequest.isEmpty()
                    ? Uni.createFrom().item(ResolvedSecrets.none())
                    : secrets.resolve(notInRequest);
            return stored.flatMap(found -> {
                CredentialLevels levels = new CredentialLevels(request.credentials(), found, environment);
                return provider.sdk() == Sdk.AWS_BEDROCK
                        ? resolveAws(provider, request.connection(), levels)
                        : resolveByName(provider, request.connection(), levels);
            });
        });
    }

    private Uni<ResolvedCredentials> resolveByName(ProviderDefinition provider, ConnectionOverride connection,
                                                   CredentialLevels levels) {
        Draft draft = new Draft();
        List<CredentialSpec> missing = new ArrayList<>();
        for (CredentialSpec spec : provider.credentials()) {
            Optional<CredentialLevels.Found> found = endpointFromRequest(provider, spec, connection)
                    .or(() -> levels.first(spec.allNames()));
            if (found.isPresent()) {
                draft.put(spec, found.get());
            } else if (spec.defaultValue() != null) {
                draft.values.put(spec.name(), spec.defaultValue());
            } else if (spec.required()) {
                missing.add(spec);
            }
        }
        draft.baseUrl = provider.credentials().stream().filter(spec -> spec.kind() == CredentialKind.ENDPOINT)
                .findFirst().map(spec -> draft.values.get(spec.name()))
                .orElseGet(() -> baseUrl(provider, connection, draft, provider.defaultBaseUrl()));

        boolean needsEntra = missing.removeIf(spec -> spec.name().equals(AZURE_OPENAI_API_KEY) && entraId.available());
        if (!missing.isEmpty()) {
            boolean keyMissing = missing.stream().anyMatch(spec -> spec.name().equals(AZURE_OPENAI_API_KEY));
            throw CredentialProblems.missing(provider, missing, keyMissing ? CredentialProblems.ENTRA_HINT : null);
        }
        guardEgress(provider, draft);
        if (!needsEntra) {
            return Uni.createFrom().item(draft.build(provider));
        }
        if (draft.endpointFromRequest) {
            throw CredentialProblems.egress(provider, AZURE_OPENAI_API_KEY, CredentialSource.AMBIENT);
        }
        return entraId.token().map(token -> {
            String value = token.orElseThrow(() -> new ProblemException(ProblemType.MISSING_CREDENTIALS,
                    "Azure OpenAI needs " + AZURE_OPENAI_API_KEY + ": Entra ID is configured on this server but gave no "
                            + "token (the server log says why). Enter the key in the API keys menu, store it as "
                            + "a secret, or set it in the server environment."));
            draft.putAmbient(AZURE_OPENAI_AD_TOKEN, value);
            return draft.build(provider);
        });
    }

    private Uni<ResolvedCredentials> resolveAws(ProviderDefinition provider, ConnectionOverride connection,
                                                CredentialLevels levels) {
        Draft draft = new Draft();
        CredentialSpec regionSpec = provider.credential(AWS_REGION).orElseThrow();
        Optional<CredentialLevels.Found> region = CredentialLevels.nonBlank(connection.region())
                .map(value -> new CredentialLevels.Found(AWS_REGION, value, CredentialSource.REQUEST))
                .or(() -> levels.first(regionSpec.allNames()));
        region.ifPresentOrElse(found -> draft.put(regionSpec, found),
                () -> draft.values.put(AWS_REGION, regionSpec.defaultValue()));
        String regionName = draft.values.get(AWS_REGION);
        if (!AwsRegions.valid(regionName)) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The AWS region from "
                    + CredentialProblems.where(region.orElseThrow().source())
                    + " is not a region name such as us-east-1.");
        }
        draft.baseUrl = baseUrl(provider, connection, draft,
                provider.defaultBaseUrl().replace("{region}", regionName));

        Optional<List<CredentialLevels.Found>> keys = AwsKeyRules.find(levels);
        if (keys.isPresent()) {
            keys.get().forEach(found -> draft.put(provider.credential(found.name()).orElseThrow(), found));
            guardEgress(provider, draft);
            return Uni.createFrom().item(draft.build(provider));
        }
        if (!awsChain.enabled()) {
            throw CredentialProblems.awsMissing(false);
        }
        if (draft.endpointFromRequest) {
            throw CredentialProblems.egress(provider, AWS_ACCESS_KEY_ID + " and " + AWS_SECRET_ACCESS_KEY,
                    CredentialSource.AMBIENT);
        }
        return awsChain.resolve().map(identity -> {
            AwsIdentity aws = identity.orElseThrow(() -> CredentialProblems.awsMissing(true));
            draft.putAmbient(AWS_ACCESS_KEY_ID, aws.accessKeyId());
            draft.putAmbient(AWS_SECRET_ACCESS_KEY, aws.secretAccessKey());
            if (aws.sessionToken() != null) {
                draft.putAmbient(AWS_SESSION_TOKEN, aws.sessionToken());
            }
            return draft.build(provider);
        });
    }

    /** An Azure endpoint or Ollama base URL set in the request's connection settings. */
    private static Optional<CredentialLevels.Found> endpointFromRequest(ProviderDefinition provider, CredentialSpec spec,
                                                                        ConnectionOverride connection) {
        if (spec.kind() != CredentialKind.ENDPOINT) {
            return Optional.empty();
        }
        Optional<String> value = provider.sdk() == Sdk.AZURE_OPENAI
                ? CredentialLevels.nonBlank(connection.azureEndpoint()).or(() -> CredentialLevels.nonBlank(connection.baseUrl()))
                : CredentialLevels.nonBlank(connection.baseUrl());
        return value.map(url -> new CredentialLevels.Found(spec.name(), url, CredentialSource.REQUEST));
    }

    /**
     * The request's base URL, else the server's override variable (the provider SDK's name, then its
     * fallbacks: {@code AWS_ENDPOINT_URL_BEDROCK_RUNTIME} then {@code AWS_ENDPOINT_URL}), else the
     * provider's own address.
     */
    private String baseUrl(ProviderDefinition provider, ConnectionOverride connection, Draft draft, String defaultUrl) {
        Optional<String> fromRequest = CredentialLevels.nonBlank(connection.baseUrl());
        if (fromRequest.isPresent()) {
            draft.endpointFromRequest = true;
            return fromRequest.get();
        }
        return provider.baseUrlVariables().stream()
                .map(environment::get).flatMap(Optional::stream)
                .findFirst().orElse(defaultUrl);
    }

    /** A request-chosen endpoint may only receive keys from the same request. */
    private static void guardEgress(ProviderDefinition provider, Draft draft) {
        if (!draft.endpointFromRequest) {
            return;
        }
        draft.keySources.entrySet().stream()
                .filter(entry -> entry.getValue().serverHeld())
                .findFirst()
                .ifPresent(entry -> {
                    throw CredentialProblems.egress(provider, entry.getKey(), entry.getValue());
                });
    }

    /** Values and sources collected so far. */
    private static final class Draft {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, CredentialSource> sources = new LinkedHashMap<>();
        final Map<String, CredentialSource> keySources = new LinkedHashMap<>();
        boolean endpointFromRequest;
        String baseUrl;

        void put(CredentialSpec spec, CredentialLevels.Found found) {
            values.put(spec.name(), found.value());
            sources.put(found.name(), found.source());
            if (spec.kind() == CredentialKind.KEY) {
                keySources.put(found.name(), found.source());
            }
            if (spec.kind() == CredentialKind.ENDPOINT && found.source() == CredentialSource.REQUEST) {
                endpointFromRequest = true;
            }
        }

        void putAmbient(String name, String value) {
            values.put(name, value);
            sources.put(name, CredentialSource.AMBIENT);
        }

        ResolvedCredentials build(ProviderDefinition provider) {
            return new ResolvedCredentials(provider, values, sources, baseUrl);
        }
    }
}
