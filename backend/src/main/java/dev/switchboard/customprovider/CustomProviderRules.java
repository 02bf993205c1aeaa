package dev.switchboard.customprovider;

import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.validation.AwsRegions;
import dev.switchboard.common.validation.HttpUrls;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.Sdk;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.upstream.http.HeaderRules;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a custom provider must satisfy, field by field, so that one 422 lists every problem: the name
 * (the contract scripts address it by), the config each sdk and auth type takes, and, for changes,
 * the rules that keep a stored secret where it was meant to go.
 */
@Singleton
class CustomProviderRules {

    static final int MAX_NAME_LENGTH = 64;
    static final int MAX_DESCRIPTION_LENGTH = 2000;
    static final int MAX_LABEL_LENGTH = 128;
    static final int MAX_SECRET_LENGTH = 8 * 1024;
    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_SETTING_LENGTH = 256;
    private static final Pattern API_VERSION = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<Sdk> BASE_URL_SDKS = EnumSet.of(Sdk.OPENAI, Sdk.ANTHROPIC, Sdk.GOOGLE_GENAI);
    private static final Set<Sdk> API_TYPE_SDKS = EnumSet.of(Sdk.OPENAI, Sdk.AZURE_OPENAI);
    private static final Set<Sdk> INTERCHANGEABLE = EnumSet.of(Sdk.OPENAI, Sdk.AZURE_OPENAI);

    /** A checked configuration, ready to store: the secrets are the complete set the provider keeps. */
    record Draft(String name, String description, String label, Sdk sdk, ProviderSettings settings,
                 Map<SecretField, String> secrets) {

        @Override
        public String toString() {
            return "Draft[name=" + name + ", sdk=" + sdk + "]";
        }
    }

    private final ProviderCatalogue catalogue;

    CustomProviderRules(ProviderCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A new provider (or, with {@code nameRequired} false, a configuration to test). */
    Draft create(CustomProviderInput input, boolean nameRequired) {
        List<FieldError> errors = new ArrayList<>();
        unknown(input.unknown(), "", errors);
        String name = name(input.name(), nameRequired, errors);
        Sdk sdk = sdk(input.sdk(), errors);
        Config config = config(sdk, input.config(), Stored.NONE, errors);
        return draft(name, input.description(), input.provider(), sdk, config, errors);
    }

    /** {@code stored} changed by {@code patch}: omitted fields keep their values, secrets only where safe. */
    Draft patch(CustomProvider stored, CustomProviderPatch patch) {
        List<FieldError> errors = new ArrayList<>();
        unknown(patch.unknown(), "", errors);
        String name = patch.name() == null ? stored.name() : name(patch.name(), true, errors);
        Sdk sdk = patch.sdk() == null ? stored.sdk() : sdk(patch.sdk(), errors);
        boolean sdkChanged = sdk != null && sdk != stored.sdk();
        boolean sdkRefused = sdkChanged && !(INTERCHANGEABLE.contains(sdk) && INTERCHANGEABLE.contains(stored.sdk()));
        if (sdkRefused) {
            errors.add(new FieldError("sdk", "cannot change from " + stored.sdk().wireName() + " to " + sdk.wireName()
                    + " (only between openai and azure_openai); create another custom provider instead"));
        } else if (sdkChanged && patch.config() == null) {
            errors.add(new FieldError("config", "must be given, with its secrets, when the sdk changes"));
            sdkRefused = true;
        }
        ConfigInput input = patch.config() == null ? asInput(stored.settings()) : patch.config();
        boolean sameAuth = !sdkChanged && input.auth() != null
                && stored.settings().auth().type().equals(input.auth().type());
        // A refused sdk change is the problem: the config is not checked against an sdk it will not have.
        Config config = config(sdkRefused ? null : sdk, input, sameAuth ? Stored.of(stored) : Stored.NONE, errors);
        if (config != null && !config.kept().isEmpty()) {
            keptSecretsStaySafe(stored, config, errors);
        }
        return draft(name, patch.description() == null ? stored.description() : patch.description(),
                patch.provider() == null ? stored.label() : patch.provider(), sdk, config, errors);
    }

    /**
     * A kept secret may go only where it went before: someone who cannot see a stored key must not be
     * able to point it at a host of their choosing.
     */
    private static void keptSecretsStaySafe(CustomProvider stored, Config config, List<FieldError> errors) {
        String kept = String.join(", ", config.kept().stream().map(SecretField::name).toList());
        Map<String, String> before = stored.settings().destinations();
        Map<String, String> after = config.settings().destinations();
        Set<String> fields = new java.util.TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            if (!java.util.Objects.equals(before.get(field), after.get(field))) {
                errors.add(new FieldError(field, "changes where the stored secrets are sent: enter " + kept
                        + " again with it"));
            }
        }
    }

    private Draft draft(String name, String description, String label, Sdk sdk, Config config, List<FieldError> errors) {
        text("description", description, MAX_DESCRIPTION_LENGTH, errors);
        text("provider", label, MAX_LABEL_LENGTH, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Draft(name, description == null ? "" : description, label == null ? "" : label.strip(), sdk,
                config.settings(), config.secrets());
    }

    private String name(String name, boolean required, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            if (required) {
                errors.add(new FieldError("name", "must not be blank"));
            }
            return name == null ? null : name.strip();
        }
        String trimmed = name.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME_LENGTH + " characters"));
        } else if (trimmed.contains("/")) {
            errors.add(new FieldError("name", "must not contain '/': scripts address models as name/model"));
        } else if (catalogue.isBuiltInKey(trimmed)) {
            errors.add(new FieldError("name", "is the key of a built-in provider; choose another name"));
        } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "must not contain control characters"));
        }
        return trimmed;
    }

    private static Sdk sdk(String sdk, List<FieldError> errors) {
        Optional<Sdk> known = Arrays.stream(Sdk.values()).filter(s -> s.wireName().equals(sdk)).findFirst();
        if (known.isEmpty()) {
            errors.add(new FieldError("sdk", (sdk == null ? "must be given: " : "is not one of ")
                    + String.join(", ", Arrays.stream(Sdk.values()).map(Sdk::wireName).toList())));
        }
        return known.orElse(null);
    }

    /** The checked settings, the secrets to store, and which of them were kept rather than given. */
    private record Config(ProviderSettings settings, Map<SecretField, String> secrets, Set<SecretField> kept) {
    }

    /**
     * @param stored the stored secrets that may stand in for ones the input leaves out
     * @return null when the sdk is unknown or the config absent (the errors say so)
     */
    private Config config(Sdk sdk, ConfigInput config, Stored stored, List<FieldError> errors) {
        if (config == null) {
            errors.add(new FieldError("config", "must be given"));
            return null;
        }
        AuthInput auth = config.auth();
        // Unknown members are reported whatever else is wrong: they do not depend on the sdk or auth type.
        unknown(config.unknown(), "config.", errors);
        if (auth != null) {
            unknown(auth.unknown(), "config.auth.", errors);
        }
        if (sdk == null) {
            return null;
        }
        AuthType type = authType(sdk, auth, errors);
        ProviderSettings.Auth authSettings = type == null ? null : authSettings(type, auth, errors);
        Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
        Set<SecretField> kept = EnumSet.noneOf(SecretField.class);
        if (type != null) {
            secrets(type, auth, stored, secrets, kept, errors);
        }

        allowedFor(sdk, BASE_URL_SDKS.contains(sdk), "config.baseUrl", config.baseUrl(), errors);
        allowedFor(sdk, sdk == Sdk.AZURE_OPENAI, "config.azureEndpoint", config.azureEndpoint(), errors);
        allowedFor(sdk, sdk == Sdk.AZURE_OPENAI, "config.apiVersion", config.apiVersion(), errors);
        allowedFor(sdk, sdk == Sdk.AWS_BEDROCK, "config.region", config.region(), errors);
        allowedFor(sdk, sdk == Sdk.AWS_BEDROCK, "config.endpointUrl", config.endpointUrl(), errors);
        allowedFor(sdk, API_TYPE_SDKS.contains(sdk), "config.apiType", config.apiType(), errors);
        String baseUrl = url("config.baseUrl", config.baseUrl(), false, errors);
        String azureEndpoint = url("config.azureEndpoint", config.azureEndpoint(), sdk == Sdk.AZURE_OPENAI, errors);
        String endpointUrl = url("config.endpointUrl", config.endpointUrl(), false, errors);
        String apiVersion = blankToNull(config.apiVersion());
        if (apiVersion != null && !API_VERSION.matcher(apiVersion).matches()) {
            errors.add(new FieldError("config.apiVersion", "must be a version such as 2025-04-01-preview or v1"));
        }
        String region = blankToNull(config.region());
        if (sdk == Sdk.AWS_BEDROCK && region == null) {
            errors.add(new FieldError("config.region", "must be given for aws_bedrock, e.g. us-east-1"));
        } else if (region != null && !AwsRegions.valid(region)) {
            errors.add(new FieldError("config.region", "is not a region name such as us-east-1"));
        }
        Map<String, String> headers = Map.of();
        try {
            headers = HeaderRules.validate("config.headers", sdk, config.headers());
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        String apiType = API_TYPE_SDKS.contains(sdk) ? apiType(config.apiType(), errors) : null;
        if (authSettings == null) {
            return null;
        }
        ProviderSettings settings = new ProviderSettings(authSettings, baseUrl, azureEndpoint, apiVersion, region,
                endpointUrl, headers, apiType);
        return new Config(settings, secrets, kept);
    }

    private static AuthType authType(Sdk sdk, AuthInput auth, List<FieldError> errors) {
        String takes = "; " + sdk.wireName() + " takes " + String.join(", ", AuthType.wireNamesFor(sdk));
        if (auth == null || auth.type() == null) {
            errors.add(new FieldError(auth == null ? "config.auth" : "config.auth.type", "must be given" + takes));
            return null;
        }
        Optional<AuthType> type = AuthType.of(auth.type());
        if (type.isEmpty() || !type.get().allowedFor(sdk)) {
            errors.add(new FieldError("config.auth.type", "'" + auth.type() + "' is not an auth type of "
                    + sdk.wireName() + takes));
            return null;
        }
        return type.get();
    }

    private static ProviderSettings.Auth authSettings(AuthType type, AuthInput auth, List<FieldError> errors) {
        boolean entra = type == AuthType.AZURE_AD_CLIENT_SECRET;
        notTaken(type, entra, "tenantId", auth.tenantId(), errors);
        notTaken(type, entra, "clientId", auth.clientId(), errors);
        notTaken(type, entra, "authorityHost", auth.authorityHost(), errors);
        notTaken(type, entra, "scope", auth.scope(), errors);
        if (!entra) {
            return new ProviderSettings.Auth(type.wireName(), null, null, null, null);
        }
        String tenantId = setting("config.auth.tenantId", auth.tenantId(), true, errors);
        String clientId = setting("config.auth.clientId", auth.clientId(), true, errors);
        String authorityHost = url("config.auth.authorityHost", auth.authorityHost(), false, errors);
        String scope = setting("config.auth.scope", auth.scope(), false, errors);
        return new ProviderSettings.Auth(type.wireName(), tenantId, clientId, authorityHost, scope);
    }

    /**
     * Secrets given are taken (trimmed); a secret left out is kept from {@code stored} when there is one,
     * except an optional one (a session token) when the required ones were entered anew: it belonged to them.
     */
    private static void secrets(AuthType type, AuthInput auth, Stored stored, Map<SecretField, String> secrets,
                                Set<SecretField> kept, List<FieldError> errors) {
        for (SecretField field : SecretField.values()) {
            String value = blankToNull(field.in(auth));
            if (value != null && !type.secrets().contains(field)) {
                errors.add(new FieldError("config.auth." + field.name(), "is not taken by auth type " + type.wireName()));
            } else if (value != null && value.length() > MAX_SECRET_LENGTH) {
                errors.add(new FieldError("config.auth." + field.name(), "must be at most " + MAX_SECRET_LENGTH
                        + " characters"));
            } else if (value != null) {
                secrets.put(field, value);
            }
        }
        boolean requiredEntered = type.requiredSecrets().stream().anyMatch(secrets::containsKey);
        for (SecretField field : type.secrets()) {
            boolean optional = !type.requiredSecrets().contains(field);
            if (secrets.containsKey(field) || (optional && requiredEntered)) {
                continue;
            }
            if (stored.values().containsKey(field)) {
                secrets.put(field, stored.values().get(field));
                kept.add(field);
            } else if (stored.unreadable().contains(field) && !optional) {
                errors.add(new FieldError("config.auth." + field.name(), "the stored value cannot be decrypted with "
                        + "the current server secret; enter it again"));
            } else if (!optional) {
                errors.add(new FieldError("config.auth." + field.name(), "must not be blank"));
            }
        }
    }

    /** Stored secrets that may stand in for ones an input leaves out: readable values, and fields that cannot be read. */
    private record Stored(Map<SecretField, String> values, Set<SecretField> unreadable) {

        static final Stored NONE = new Stored(Map.of(), Set.of());

        static Stored of(CustomProvider provider) {
            return provider.readable() ? new Stored(provider.secrets(), Set.of())
                    : new Stored(Map.of(), provider.storedFields());
        }
    }

    private static String apiType(String apiType, List<FieldError> errors) {
        if (apiType == null) {
            return ApiType.RESPONSES.wireName();
        }
        Optional<ApiType> known = Arrays.stream(ApiType.values()).filter(t -> t.wireName().equals(apiType)).findFirst();
        if (known.isEmpty()) {
            errors.add(new FieldError("config.apiType", "must be chat_completions or responses"));
        }
        return known.map(ApiType::wireName).orElse(null);
    }

    private static void allowedFor(Sdk sdk, boolean allowed, String field, String value, List<FieldError> errors) {
        if (!allowed && value != null) {
            errors.add(new FieldError(field, "is not used by sdk " + sdk.wireName() + "; leave it out"));
        }
    }

    private static void notTaken(AuthType type, boolean taken, String field, String value, List<FieldError> errors) {
        if (!taken && value != null) {
            errors.add(new FieldError("config.auth." + field, "is not taken by auth type " + type.wireName()));
        }
    }

    private static String url(String field, String value, boolean required, List<FieldError> errors) {
        String url = blankToNull(value);
        if (url == null) {
            if (required) {
                errors.add(new FieldError(field, "must be given"));
            }
            return null;
        }
        String problem = url.length() > MAX_URL_LENGTH ? "must be at most " + MAX_URL_LENGTH + " characters"
                : HttpUrls.problem(url);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
        return url;
    }

    private static String setting(String field, String value, boolean required, List<FieldError> errors) {
        String setting = blankToNull(value);
        if (setting == null && required) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (setting != null && setting.length() > MAX_SETTING_LENGTH) {
            errors.add(new FieldError(field, "must be at most " + MAX_SETTING_LENGTH + " characters"));
        }
        return setting;
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static void unknown(Map<String, Object> unknown, String prefix, List<FieldError> errors) {
        unknown.keySet().forEach(name -> errors.add(new FieldError(prefix + name, "is not a field here")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Stored settings as input again, for a change that does not touch the config: its secrets are kept. */
    private static ConfigInput asInput(ProviderSettings settings) {
        ProviderSettings.Auth auth = settings.auth();
        AuthInput authInput = new AuthInput(auth.type(), null, auth.tenantId(), auth.clientId(), null,
                auth.authorityHost(), auth.scope(), null, null, null, null, Map.of());
        return new ConfigInput(authInput, settings.baseUrl(), settings.azureEndpoint(), settings.apiVersion(),
                settings.region(), settings.endpointUrl(), settings.headers(), settings.apiType(), Map.of());
    }
}
