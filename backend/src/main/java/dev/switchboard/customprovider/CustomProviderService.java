package dev.switchboard.customprovider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.database.SharedReads;
import dev.switchboard.common.problem.DatabaseUnavailable;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.Sdk;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.secret.EncryptedRows;
import dev.switchboard.secret.RotationResult;
import dev.switchboard.secret.SecretSummary;
import dev.switchboard.secret.Vault;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Custom providers: stored with their secret fields encrypted by the {@link Vault} (each bound to its row
 * and field), listed and shown without secrets, and served decrypted to the invocation path from a cache
 * that every replica keeps true through change notifications. Logs name providers, never values.
 */
@ApplicationScoped
public class CustomProviderService implements EncryptedRows {

    private static final Logger LOG = Logger.getLogger(CustomProviderService.class);
    private static final String NAME_INDEX = "custom_providers_name_unique";

    private final CustomProviderRepository repository;
    private final CustomProviderRules rules;
    private final CustomProviderCache cache;
    private final Vault vault;
    private final ProviderCatalogue catalogue;
    private final ObjectMapper json;
    private final SharedReads<UUID, Optional<CustomProvider>> reads;

    CustomProviderService(CustomProviderRepository repository, CustomProviderRules rules, CustomProviderCache cache,
                          Vault vault, ProviderCatalogue catalogue, ObjectMapper json, Vertx vertx) {
        this.repository = repository;
        this.rules = rules;
        this.cache = cache;
        this.vault = vault;
        this.catalogue = catalogue;
        this.json = json;
        this.reads = new SharedReads<>(vertx);
    }

    public Uni<List<CustomProviderView>> list() {
        return Panache.withSession(() -> repository.listAll(false))
                .map(rows -> rows.stream().map(this::open).map(this::view).toList());
    }

    public Uni<CustomProviderView> get(UUID id) {
        return Panache.withSession(() -> repository.byId(id, false))
                .map(row -> view(open(row.orElseThrow(() -> notFound(id)))));
    }

    public Uni<CustomProviderView> create(CustomProviderInput input) {
        CustomProviderRules.Draft draft = rules.create(input, true);
        UUID id = UUID.randomUUID();
        Instant now = now();
        CustomProviderEntity row = new CustomProviderEntity();
        row.id = id;
        row.createdAt = now;
        return Panache.withTransaction(() -> repository.nameTaken(draft.name(), id).flatMap(taken -> {
            refuseTaken(taken, draft.name());
            write(row, draft, now);
            return repository.persist(row).chain(() -> repository.replaceSecrets(id, List.of(), seal(id, draft)));
        })).onFailure(CustomProviderService::nameClash).transform(e -> conflict(draft.name()))
                .map(ignored -> {
                    LOG.infof("Created custom provider %s (%s, %s)", draft.name(), id, draft.sdk().wireName());
                    return view(provider(row, draft.secrets(), keys(draft), true));
                });
    }

    public Uni<CustomProviderView> update(UUID id, CustomProviderPatch patch) {
        Instant now = now();
        return Panache.withTransaction(() -> repository.byId(id, true).flatMap(found -> {
            CustomProviderRepository.Rows rows = found.orElseThrow(() -> notFound(id));
            CustomProviderRules.Draft draft = rules.patch(open(rows), patch);
            Uni<Boolean> nameTaken = draft.name().equalsIgnoreCase(rows.provider().name) ? Uni.createFrom().item(false)
                    : repository.nameTaken(draft.name(), id);
            return nameTaken.flatMap(taken -> {
                refuseTaken(taken, draft.name());
                write(rows.provider(), draft, now);
                return repository.replaceSecrets(id, rows.secrets(), seal(id, draft))
                        .map(ignored -> provider(rows.provider(), draft.secrets(), keys(draft), true));
            });
        })).onFailure(CustomProviderService::nameClash).transform(e -> conflict(patch.name()))
                .invoke(provider -> cache.invalidate(id.toString()))
                .invoke(provider -> LOG.infof("Updated custom provider %s (%s)", provider.name(), id))
                .map(this::view);
    }

    public Uni<Void> delete(UUID id) {
        return Panache.withTransaction(() -> repository.deleteId(id)).invoke(deleted -> {
            cache.invalidate(id.toString());
            if (!deleted) {
                throw notFound(id);
            }
            LOG.infof("Deleted custom provider %s", id);
        }).replaceWithVoid();
    }

    /** A configuration checked like a new provider's, not stored: for testing a connection before saving. */
    public CustomProvider unsaved(CustomProviderInput input) {
        CustomProviderRules.Draft draft = rules.create(input, false);
        CustomProviderEntity row = new CustomProviderEntity();
        row.id = UUID.randomUUID();
        Instant now = now();
        row.createdAt = now;
        write(row, draft, now);
        if (row.name == null || row.name.isBlank()) {
            row.name = "custom provider";
        }
        return provider(row, draft.secrets(), keys(draft), true);
    }

    /**
     * The provider for an invocation or a connection test, from the cache where it can be; concurrent
     * misses for one id share a read. 404 when there is none. With the database out of reach, the last
     * provider this server read for the id (503 when it never read one).
     */
    public Uni<CustomProvider> find(UUID id) {
        Optional<CustomProvider> cached = cache.get(id);
        if (cached.isPresent()) {
            return Uni.createFrom().item(cached.get());
        }
        return reads.read(id, missing -> {
            long readAt = cache.generation();
            return Panache.withSession(() -> repository.byId(missing, false)).map(row -> row.map(this::open))
                    .invoke(found -> found.ifPresent(provider -> cache.store(readAt, provider)));
        }).onFailure(DatabaseUnavailable::causes).recoverWithUni(outage -> cache.lastKnown(id)
                .map(provider -> Uni.createFrom().item(Optional.of(provider)))
                .orElseGet(() -> Uni.createFrom().failure(outage)))
                .map(found -> found.orElseThrow(() -> notFound(id)));
    }

    /**
     * The provider as the invocation path sees it: named after the custom provider, speaking its sdk, with
     * the credential names, API types and models of the built-in provider of that sdk, and the configured
     * address as its only address.
     */
    public ProviderDefinition definition(CustomProvider provider) {
        ProviderDefinition builtIn = catalogue.nativeProvider(provider.sdk());
        ProviderSettings settings = provider.settings();
        ApiType defaultApiType = settings.apiType() == null ? builtIn.defaultApiType()
                : builtIn.apiTypes().stream().filter(t -> t.wireName().equals(settings.apiType())).findFirst()
                .orElse(builtIn.defaultApiType());
        return new ProviderDefinition(provider.name(), provider.name(), provider.sdk(), builtIn.apiTypes(),
                defaultApiType, builtIn.credentials(), baseUrl(provider, builtIn), null, builtIn.models());
    }

    /** Re-encrypts every readable provider's secrets under the current key, in the caller's transaction. */
    @Override
    public Uni<RotationResult.Count> rotate() {
        return repository.listAll(true).flatMap(all -> {
            int reencrypted = 0;
            for (CustomProviderRepository.Rows rows : all) {
                CustomProvider provider = open(rows);
                if (!provider.readable()) {
                    continue;
                }
                for (CustomProviderSecretEntity secret : rows.secrets()) {
                    SecretField field = SecretField.valueOf(secret.field);
                    Vault.Sealed sealed = vault.seal(field.identity(secret.providerId), provider.secret(field));
                    secret.envelope = sealed.envelope();
                    secret.keyId = sealed.keyId();
                }
                reencrypted++;
            }
            RotationResult.Count count = new RotationResult.Count(reencrypted, all.size() - reencrypted);
            return Panache.getSession().chain(session -> session.flush()).replaceWith(count);
        }).invoke(() -> cache.invalidate("*"));
    }

    private static String baseUrl(CustomProvider provider, ProviderDefinition builtIn) {
        ProviderSettings settings = provider.settings();
        return switch (provider.sdk()) {
            case AZURE_OPENAI -> settings.azureEndpoint();
            case AWS_BEDROCK -> settings.endpointUrl() != null ? settings.endpointUrl()
                    : builtIn.defaultBaseUrl().replace("{region}", settings.region());
            default -> settings.baseUrl() != null ? settings.baseUrl() : builtIn.defaultBaseUrl();
        };
    }

    private CustomProviderView view(CustomProvider provider) {
        ProviderDefinition definition = definition(provider);
        Map<String, String> secretsSet = new LinkedHashMap<>();
        for (SecretField field : SecretField.values()) {
            if (provider.storedFields().contains(field)) {
                String value = provider.secret(field);
                secretsSet.put(field.name(), value == null ? null : SecretSummary.hint(value));
            }
        }
        return new CustomProviderView(provider.id(), provider.name(), provider.description(), provider.label(),
                provider.sdk(), provider.readable() ? "ok" : "unreadable", provider.settings(), secretsSet,
                URI.create(definition.defaultBaseUrl().strip()).getHost(), provider.authType().wireName(),
                definition.apiTypes(), definition.defaultApiType(), definition.sdk().parameters(),
                definition.parametersByApiType(), definition.sdk().maxTemperature(), provider.createdAt(),
                provider.updatedAt());
    }

    /** Decrypts a provider's rows; one secret that does not open makes the provider unreadable. */
    private CustomProvider open(CustomProviderRepository.Rows rows) {
        Map<SecretField, String> secrets = new EnumMap<>(SecretField.class);
        Set<SecretField> stored = EnumSet.noneOf(SecretField.class);
        boolean readable = true;
        for (CustomProviderSecretEntity secret : rows.secrets()) {
            SecretField field = SecretField.valueOf(secret.field);
            stored.add(field);
            Optional<String> value = vault.open(field.identity(secret.providerId), secret.envelope);
            value.ifPresent(v -> secrets.put(field, v));
            readable &= value.isPresent();
        }
        if (!readable) {
            LOG.warnf("Custom provider %s has secrets that cannot be decrypted with the configured keys (was "
                    + "SWITCHBOARD_SECRET changed? Put the old one in SWITCHBOARD_SECRET_PREVIOUS and rotate)",
                    rows.provider().name);
        }
        return provider(rows.provider(), readable ? secrets : Map.of(), stored, readable);
    }

    private CustomProvider provider(CustomProviderEntity row, Map<SecretField, String> secrets,
                                    Set<SecretField> stored, boolean readable) {
        ProviderSettings settings;
        try {
            settings = json.readValue(row.config, ProviderSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("custom_providers.config of " + row.id + " is not a configuration", e);
        }
        Sdk sdk = java.util.Arrays.stream(Sdk.values()).filter(s -> s.wireName().equals(row.sdk)).findFirst().orElseThrow();
        return new CustomProvider(row.id, row.name, row.description, row.label, sdk, settings, secrets, stored,
                readable, row.createdAt, row.updatedAt);
    }

    private void write(CustomProviderEntity row, CustomProviderRules.Draft draft, Instant now) {
        row.name = draft.name();
        row.description = draft.description();
        row.label = draft.label();
        row.sdk = draft.sdk().wireName();
        try {
            row.config = json.writeValueAsString(draft.settings());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a custom provider's configuration", e);
        }
        row.updatedAt = now;
    }

    private Map<SecretField, Vault.Sealed> seal(UUID id, CustomProviderRules.Draft draft) {
        Map<SecretField, Vault.Sealed> sealed = new EnumMap<>(SecretField.class);
        draft.secrets().forEach((field, value) -> sealed.put(field, vault.seal(field.identity(id), value)));
        return sealed;
    }

    private static Set<SecretField> keys(CustomProviderRules.Draft draft) {
        return draft.secrets().isEmpty() ? EnumSet.noneOf(SecretField.class) : EnumSet.copyOf(draft.secrets().keySet());
    }

    /** Two writers that checked the same new name at once: the unique index refuses the second. */
    private static boolean nameClash(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && NAME_INDEX.equals(violation.getConstraintName())
                    || String.valueOf(cause.getMessage()).contains(NAME_INDEX)) {
                return true;
            }
        }
        return false;
    }

    private static void refuseTaken(boolean taken, String name) {
        if (taken) {
            throw conflict(name);
        }
    }

    private static ProblemException conflict(String name) {
        return new ProblemException(ProblemType.CONFLICT, "A custom provider named '" + name
                + "' exists already (names are unique regardless of case); choose another name.");
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("There is no custom provider " + id + ".");
    }

    /** PostgreSQL keeps microseconds; the response shows what the next listing will show. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
