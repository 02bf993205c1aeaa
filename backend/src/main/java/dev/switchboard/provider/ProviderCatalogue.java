package dev.switchboard.provider;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.Sdk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The built-in providers this server offers, after SWITCHBOARD_ALLOWED_PROVIDERS. */
@ApplicationScoped
public class ProviderCatalogue {

    private final List<ProviderDefinition> all;
    private final Optional<Set<String>> allowed;

    @Inject
    ProviderCatalogue(ProvidersConfig config) {
        this(BuiltInProviders.ALL, config.allowed());
    }

    private ProviderCatalogue(List<ProviderDefinition> all, Optional<Set<String>> allowed) {
        this.all = List.copyOf(all);
        this.allowed = allowed.map(keys -> keys.stream()
                .map(String::trim).filter(k -> !k.isEmpty())
                .map(k -> k.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()))
                .filter(keys -> !keys.isEmpty());
    }

    /** The catalogue as shipped, restricted to {@code allowed} keys when present. */
    public static ProviderCatalogue builtIn(Optional<Set<String>> allowed) {
        return new ProviderCatalogue(BuiltInProviders.ALL, allowed);
    }

    /** The providers offered, in catalogue order. */
    public List<ProviderDefinition> offered() {
        return all.stream().filter(p -> isAllowed(p.key())).toList();
    }

    /** An offered provider; a hidden one is as absent as an unknown one. */
    public Optional<ProviderDefinition> findOffered(String key) {
        return find(key).filter(p -> isAllowed(p.key()));
    }

    /**
     * The provider for an invocation: 404 when the key is unknown, 403 when this server does not
     * allow it (the key is known, so saying so helps the person fix the request or the server).
     */
    public ProviderDefinition require(String key) {
        ProviderDefinition provider = find(key).orElseThrow(() -> ProblemException.notFound(
                "There is no built-in provider '" + key + "'."));
        if (!isAllowed(provider.key())) {
            throw new ProblemException(ProblemType.PROVIDER_NOT_ALLOWED, provider.displayName()
                    + " is not allowed on this server: SWITCHBOARD_ALLOWED_PROVIDERS lists "
                    + String.join(", ", allowed.orElseThrow().stream().sorted().toList())
                    + ". Ask the administrator to add " + provider.key() + ", or choose another provider.");
        }
        return provider;
    }

    /**
     * The built-in provider that speaks {@code sdk} natively (OpenAI for openai, not an OpenAI-compatible
     * server), whether or not this server allows it: custom providers take its credential names, default
     * address and suggested models.
     */
    public ProviderDefinition nativeProvider(Sdk sdk) {
        return all.stream().filter(p -> p.sdk() == sdk).findFirst().orElseThrow();
    }

    /** Whether {@code name} is a built-in provider key, ignoring case and the allowed list. */
    public boolean isBuiltInKey(String name) {
        return find(name).isPresent();
    }

    private Optional<ProviderDefinition> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return all.stream().filter(p -> p.key().equalsIgnoreCase(key.trim())).findFirst();
    }

    private boolean isAllowed(String key) {
        return allowed.map(keys -> keys.contains(key)).orElse(true);
    }
}
