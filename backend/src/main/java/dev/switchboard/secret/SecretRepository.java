package dev.switchboard.secret;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The {@code secrets} table. Callers open the session or transaction. */
@ApplicationScoped
class SecretRepository implements PanacheRepositoryBase<SecretEntity, String> {

    Uni<List<SecretEntity>> listByName() {
        return listAll(Sort.by("name"));
    }

    /** One query for all the names. */
    Uni<List<SecretEntity>> listNamed(Collection<String> names) {
        return list("name in ?1", names);
    }

    /** Every row, locked against concurrent writes until the transaction ends. */
    Uni<List<SecretEntity>> listAllLocked() {
        return findAll().withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Inserts or replaces in one statement, so that concurrent writers of a new key do not collide. */
    Uni<Integer> upsert(String name, byte[] envelope, String keyId, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO secrets (key, value, key_id, created_at, updated_at)
                        VALUES (:name, :envelope, :keyId, :now, :now)
                        ON CONFLICT (key) DO UPDATE
                        SET value = excluded.value, key_id = excluded.key_id, updated_at = excluded.updated_at""")
                .setParameter("name", name)
                .setParameter("envelope", envelope)
                .setParameter("keyId", keyId)
                .setParameter("now", now)
                .executeUpdate());
    }

    Uni<Boolean> deleteNamed(String name) {
        return delete("name", name).map(count -> count > 0);
    }
}
