package dev.switchboard.customprovider;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import dev.switchboard.secret.Vault;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code custom_providers} and {@code custom_provider_secrets} tables. Callers open the session or transaction. */
@ApplicationScoped
class CustomProviderRepository implements PanacheRepositoryBase<CustomProviderEntity, UUID> {

    /** A provider row with its secret rows. */
    record Rows(CustomProviderEntity provider, List<CustomProviderSecretEntity> secrets) {
    }

    Uni<List<Rows>> listAll(boolean locked) {
        var query = find("order by lower(name), id");
        Uni<List<CustomProviderEntity>> providers = locked ? query.withLock(LockModeType.PESSIMISTIC_WRITE).list() : query.list();
        return providers.flatMap(rows -> rows.isEmpty() ? Uni.createFrom().item(List.<Rows>of())
                : secretsOf(rows.stream().map(row -> row.id).toList(), locked).map(secrets -> rows.stream()
                .map(row -> new Rows(row, secrets.stream().filter(s -> s.providerId.equals(row.id)).toList()))
                .toList()));
    }

    Uni<Optional<Rows>> byId(UUID id, boolean locked) {
        Uni<CustomProviderEntity> row = locked ? findById(id, LockModeType.PESSIMISTIC_WRITE) : findById(id);
        return row.flatMap(provider -> provider == null ? Uni.createFrom().item(Optional.<Rows>empty())
                : secretsOf(List.of(id), locked).map(secrets -> Optional.of(new Rows(provider, secrets))));
    }

    /** Whether another provider has this name, ignoring case. */
    Uni<Boolean> nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except).map(count -> count > 0);
    }

    /**
     * Makes the provider's secret rows exactly {@code sealed}: rows of fields that stay are updated in
     * place, the others removed, new fields inserted.
     */
    Uni<Void> replaceSecrets(UUID providerId, List<CustomProviderSecretEntity> existing,
                             Map<SecretField, Vault.Sealed> sealed) {
        return Panache.getSession().chain(session -> {
            Uni<Void> steps = Uni.createFrom().voidItem();
            Map<SecretField, Vault.Sealed> remaining = new EnumMap<>(SecretField.class);
            remaining.putAll(sealed);
            for (CustomProviderSecretEntity row : existing) {
                Vault.Sealed value = remaining.remove(SecretField.valueOf(row.field));
                if (value == null) {
                    steps = steps.chain(() -> session.remove(row));
                } else {
                    row.envelope = value.envelope();
                    row.keyId = value.keyId();
                }
            }
            for (Map.Entry<SecretField, Vault.Sealed> entry : remaining.entrySet()) {
                CustomProviderSecretEntity row = new CustomProviderSecretEntity();
                row.providerId = providerId;
                row.field = entry.getKey().name();
                row.envelope = entry.getValue().envelope();
                row.keyId = entry.getValue().keyId();
                steps = steps.chain(() -> session.persist(row));
            }
            return steps.chain(session::flush);
        });
    }

    Uni<Boolean> deleteId(UUID id) {
        return deleteById(id);
    }

    private Uni<List<CustomProviderSecretEntity>> secretsOf(Collection<UUID> ids, boolean locked) {
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(
                    "from CustomProviderSecretEntity where providerId in :ids", CustomProviderSecretEntity.class)
                    .setParameter("ids", ids);
            return (locked ? query.setLockMode(LockModeType.PESSIMISTIC_WRITE) : query).getResultList();
        });
    }
}
