package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.customprovider.CustomProvider;
import dev.switchboard.customprovider.ProviderSettings;
import dev.switchboard.customprovider.SecretField;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.ResolvedCredentials;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.switchboard.model.CredentialNames.ANTHROPIC_API_KEY;
import static dev.switchboard.model.CredentialNames.AWS_ACCESS_KEY_ID;
import static dev.switchboard.model.CredentialNames.AWS_BEARER_TOKEN_BEDROCK;
import static dev.switchboard.model.CredentialNames.AWS_REGION;
import static dev.switchboard.model.CredentialNames.AWS_SECRET_ACCESS_KEY;
import static dev.switchboard.model.CredentialNames.AWS_SESSION_TOKEN;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_AD_TOKEN;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_API_KEY;
import static dev.switchboard.model.CredentialNames.AZURE_OPENAI_ENDPOINT;
import static dev.switchboard.model.CredentialNames.GEMINI_API_KEY;
import static dev.switchboard.model.CredentialNames.OPENAI_API_KEY;
import static dev.switchboard.model.CredentialNames.OPENAI_API_VERSION;

/**
 * The credentials of a custom provider, for the upstream clients: only its own configuration, under the
 * names the clients read (never the request, a stored secret or the server environment). The server's
 * ambient identity is used only when the provider says {@code default_credentials}, and an app
 * registration's token is fetched off the event loop. Every request goes to the provider's configured
 * address ({@code definition.defaultBaseUrl()}).
 */
@ApplicationScoped
public class CustomProviderCredentials {

    private final AzureEntraId entraId;
    private final AwsDefaultChain awsChain;
    private final AzureClientSecretTokens clientSecretTokens;

    CustomProviderCredentials(AzureEntraId entraId, AwsDefaultChain awsChain, AzureClientSecretTokens clientSecretTokens) {
        this.entraId = entraId;
        this.awsChain = awsChain;
        this.clientSecretTokens = clientSecretTokens;
    }

    public Uni<ResolvedCredentials> resolve(CustomProvider provider, ProviderDefinition definition) {
        return Uni.createFrom().deferred(() -> {
            if (!provider.readable()) {
                throw new ProblemException(ProblemType.UNREADABLE_SECRET, "The custom provider '" + provider.name()
                        + "' has secrets that cannot be decrypted with the current SWITCHBOARD_SECRET: enter them "
                        + "again in Custom Providers, or set SWITCHBOARD_SECRET_PREVIOUS to the key they were stored with.");
            }
            Draft draft = new Draft(provider, definition);
            ProviderSettings settings = provider.settings();
            return switch (provider.sdk()) {
                case OPENAI -> draft.key(OPENAI_API_KEY, SecretField.apiKey).done();
                case ANTHROPIC -> draft.key(ANTHROPIC_API_KEY, SecretField.apiKey).done();
                case GOOGLE_GENAI -> draft.key(GEMINI_API_KEY, SecretField.apiKey).done();
                case AZURE_OPENAI -> {
                    draft.setting(AZURE_OPENAI_ENDPOINT, settings.azureEndpoint());
                    draft.setting(OPENAI_API_VERSION, settings.apiVersion() != null ? settings.apiVersion()
                            : definition.credential(OPENAI_API_VERSION).orElseThrow().defaultValue());
                    yield azure(provider, draft);
                }
                case AWS_BEDROCK -> {
                    draft.setting(AWS_REGION, settings.region());
                    yield aws(provider, draft);
                }
            };
        });
    }

    private Uni<ResolvedCredentials> azure(CustomProvider provider, Draft draft) {
        return switch (provider.authType()) {
            case API_KEY -> draft.key(AZURE_OPENAI_API_KEY, SecretField.apiKey).done();
            case AZURE_AD_CLIENT_SECRET -> {
                ProviderSettings.Auth auth = provider.settings().auth();
                AzureClientSecretTokens.Registration registration = new AzureClientSecretTokens.Registration(
                        provider.id() + "@" + provider.updatedAt(), auth.tenantId(), auth.clientId(),
                        provider.secret(SecretField.clientSecret), auth.authorityHost(), auth.scope());
                yield clientSecretTokens.token(registration).map(outcome -> {
                    if (outcome.token() == null) {
                        throw new ProblemException(ProblemType.UPSTREAM_AUTHENTICATION, "Entra ID gave the custom "
                                + "provider '" + provider.name() + "' no token: " + outcome.failure());
                    }
                    return draft.put(AZURE_OPENAI_AD_TOKEN, outcome.token(), CredentialSource.CUSTOM_PROVIDER).build();
                });
            }
            case DEFAULT_CREDENTIALS -> entraId.tryToken().map(token -> draft.put(AZURE_OPENAI_AD_TOKEN,
                    token.orElseThrow(() -> new ProblemException(ProblemType.MISSING_CREDENTIALS, "The custom provider '"
                            + provider.name() + "' uses the server's Azure identity, but DefaultAzureCredential gave no "
                            + "token (the server log says why).")), CredentialSource.AMBIENT).build());
            default -> throw new IllegalStateException("auth type " + provider.authType() + " for Azure OpenAI");
        };
    }

    private Uni<ResolvedCredentials> aws(CustomProvider provider, Draft draft) {
        return switch (provider.authType()) {
            case ACCESS_KEYS -> {
                draft.key(AWS_ACCESS_KEY_ID, SecretField.accessKeyId).key(AWS_SECRET_ACCESS_KEY, SecretField.secretAccessKey);
                if (provider.secret(SecretField.sessionToken) != null) {
                    draft.key(AWS_SESSION_TOKEN, SecretField.sessionToken);
                }
                yield draft.done();
            }
            case BEARER_TOKEN -> draft.key(AWS_BEARER_TOKEN_BEDROCK, SecretField.token).done();
            case API_KEY -> draft.key(AWS_BEARER_TOKEN_BEDROCK, SecretField.apiKey).done();
            case DEFAULT_CREDENTIALS -> awsChain.resolve().map(identity -> {
                AwsIdentity aws = identity.orElseThrow(() -> new ProblemException(ProblemType.MISSING_CREDENTIALS,
                        "The custom provider '" + provider.name() + "' uses the server's AWS identity, but the AWS "
                                + "default credentials chain found none (or SWITCHBOARD_CREDENTIALS_AWS_DEFAULT_CHAIN is false)."));
                draft.put(AWS_ACCESS_KEY_ID, aws.accessKeyId(), CredentialSource.AMBIENT)
                        .put(AWS_SECRET_ACCESS_KEY, aws.secretAccessKey(), CredentialSource.AMBIENT);
                if (aws.sessionToken() != null) {
                    draft.put(AWS_SESSION_TOKEN, aws.sessionToken(), CredentialSource.AMBIENT);
                }
                return draft.build();
            });
            default -> throw new IllegalStateException("auth type " + provider.authType() + " for AWS Bedrock");
        };
    }

    /** Values and sources collected so far. */
    private static final class Draft {
        private final CustomProvider provider;
        private final ProviderDefinition definition;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, CredentialSource> sources = new LinkedHashMap<>();

        Draft(CustomProvider provider, ProviderDefinition definition) {
            this.provider = provider;
            this.definition = definition;
        }

        Draft key(String name, SecretField field) {
            return put(name, provider.secret(field), CredentialSource.CUSTOM_PROVIDER);
        }

        void setting(String name, String value) {
            put(name, value, CredentialSource.CUSTOM_PROVIDER);
        }

        Draft put(String name, String value, CredentialSource source) {
            values.put(name, value);
            sources.put(name, source);
            return this;
        }

        ResolvedCredentials build() {
            return new ResolvedCredentials(definition, values, sources, definition.defaultBaseUrl());
        }

        Uni<ResolvedCredentials> done() {
            return Uni.createFrom().item(build());
        }
    }
}
