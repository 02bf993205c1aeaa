package dev.switchboard.secret;

import dev.switchboard.common.database.SharedReads;
import dev.switchboard.common.problem.DatabaseUnavailable;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vault: stores values encrypted, lists them without their values, resolves names for the
 * credential resolver, rotates to the current key. Logs and errors name keys, never values.
 * Sessions and transactions are opened here (not by interceptors), so that the class works the
 * same when a test builds it with another cipher.
 */
@ApplicationScoped
class SecretService implements SecretStore {

    private static final Logger LOG = Logger.getLogger(SecretService.class);

    private final SecretRepository repository;
    private final SecretCipher cipher;
    private final SecretCache cache;
    private final SharedReads<Set<String>, ResolvedSecrets> reads;
    private final Iterable<EncryptedRows> elsewhere;

    @Inject
    SecretService(SecretRepository repository, SecretCipher cipher, SecretCache cache, Vertx vertx,
                  Instance<EncryptedRows> elsewhere) {
        this(repository, cipher, cache, vertx, (Iterable<EncryptedRows>) elsewhere);
    }

    /** A vault with no other feature's rows to rotate (tests that use another key). */
    SecretService(SecretRepository repository, SecretCipher cipher, SecretCache cache, Vertx vertx) {
        this(repository, cipher, cache, vertx, List.of());
    }

    private SecretService(SecretRepository repository, SecretCipher cipher, SecretCache cache, Vertx vertx,
                          Iterable<EncryptedRows> elsewhere) {
        this.repository = repository;
        this.cipher = cipher;
        this.cache = cache;
        this.reads = new SharedReads<>(vertx);
        this.elsewhere = elsewhere;
    }

    Uni<List<SecretSummary>> list() {
        return Panache.withSession(() -> repository.listByName())
                .map(rows -> rows.stream().map(this::summary).toList());
    }

    Uni<SecretSummary> put(String key, String value) {
        String stripped = value.strip();
        Instant now = now();
        byte[] envelope = cipher.seal(key, stripped);
        return Panache.withTransaction(() -> repository.upsert(key, envelope, cipher.currentKeyId(), now))
                .invoke(() -> cache.invalidate(key))
                .invoke(() -> LOG.debugf("Stored secret %s", key))
                .map(ignored -> SecretSummary.readable(key, stripped, now));
    }

    Uni<Void> delete(String key) {
        return Panache.withTransaction(() -> repository.deleteNamed(key))
                .invoke(() -> cache.invalidate(key))
                .invoke(deleted -> {
                    if (!deleted) {
                        throw ProblemException.notFound("No secret named '" + key + "'.");
                    }
                    LOG.debugf("Deleted secret %s", key);
                })
                .replaceWithVoid();
    }

    /**
     * Applies every entry in one transaction, in order: a value is stored, null deletes. The whole
     * batch is checked before anything is written.
     */
    Uni<BatchResult> apply(List<SecretBatch.Entry> entries) {
        Set<String> seen = new HashSet<>();
        for (SecretBatch.Entry entry : entries) {
            if (!seen.add(entry.key())) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.VALIDATION,
                        "Key '" + entry.key() + "' appears more than once in the batch; nothing was changed."));
            }
        }
        Instant now = now();
        String keyId = cipher.currentKeyId();
        List<String> upserted = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        return Panache.withTransaction(() -> {
            Uni<Void> steps = Uni.createFrom().voidItem();
            for (SecretBatch.Entry entry : entries) {
                String key = entry.key();
                if (entry.value() == null) {
                    steps = steps.chain(() -> repository.deleteNamed(key))
                            .invoke(existed -> {
                                if (existed) {
                                    deleted.add(key);
                                }
                            })
                            .replaceWithVoid();
                } else {
                    byte[] envelope = cipher.seal(key, entry.value().strip());
                    steps = steps.chain(() -> repository.upsert(key, envelope, keyId, now))
                            .invoke(() -> upserted.add(key))
                            .replaceWithVoid();
                }
            }
            return steps;
        }).map(ignored -> {
            cache.invalidateAll();
            LOG.debugf("Batch stored %s and deleted %s", upserted, deleted);
            return new BatchResult(List.copyOf(upserted), List.copyOf(deleted));
        });
    }

    /**
     * Re-encrypts every readable secret, and the other features' {@link EncryptedRows}, under the
     * current key, in one transaction; unreadable rows stay.
     */
    Uni<RotationResult> rotate() {
        return Panache.withTransaction(() -> rotateSecrets().flatMap(secrets -> rotateElsewhere()
                .map(others -> new RotationResult(secrets.reencrypted(), secrets.unreadable(), others))))
                .invoke(cache::invalidateAll)
                .invoke(result -> LOG.infof("Vault rotation under key id %s: %d secrets re-encrypted, %d unreadable; "
                                + "%d custom providers re-encrypted, %d unreadable", cipher.currentKeyId(),
                        result.reencrypted(), result.unreadable(), result.customProviders().reencrypted(),
                        result.customProviders().unreadable()));
    }

    private Uni<RotationResult.Count> rotateElsewhere() {
        Uni<RotationResult.Count> total = Uni.createFrom().item(RotationResult.Count.NONE);
        for (EncryptedRows rows : elsewhere) {
            total = total.flatMap(sum -> rows.rotate().map(count -> new RotationResult.Count(
                    sum.reencrypted() + count.reencrypted(), sum.unreadable() + count.unreadable())));
        }
        return total;
    }

    private Uni<RotationResult.Count> rotateSecrets() {
        return repository.listAllLocked().map(rows -> {
            int reencrypted = 0;
            int unreadable = 0;
            for (SecretEntity row : rows) {
                Optional<String> value = cipher.open(row.name, row.envelope);
                if (value.isEmpty()) {
                    unreadable++;
                    continue;
                }
                row.envelope = cipher.seal(row.name, value.get());
                row.keyId = cipher.currentKeyId();
                reencrypted++;
            }
            return new RotationResult.Count(reencrypted, unreadable);
        });
    }

    /**
     * Served from the cache where it can be; the names it does not know cost one query, whose
     * answer (including "no such secret") is cached until a change notification drops it.
     */
    @Override
    public Uni<ResolvedSecrets> resolve(Set<String> names) {
        SecretCache.Hit hit = cache.lookup(names);
        if (hit.missing().isEmpty()) {
            return Uni.createFrom().item(new ResolvedSecrets(hit.values(), hit.unreadable()));
        }
        return sharedRead(hit.missing()).onFailure(DatabaseUnavailable::causes)
                .recoverWithUni(failure -> lastKnown(hit.missing(), failure)).map(found -> {
            if (hit.values().isEmpty() && hit.unreadable().isEmpty()) {
                return found;
            }
            Map<String, String> values = new HashMap<>(hit.values());
            values.putAll(found.values());
            Set<String> unreadable = new HashSet<>(hit.unreadable());
            unreadable.addAll(found.unreadable());
            return new ResolvedSecrets(values, unreadable);
        });
    }

    /** Reads names the cache did not know, storing what it found; concurrent callers share the read. */
    private Uni<ResolvedSecrets> sharedRead(Set<String> names) {
        return reads.read(names, missing -> {
            long readAt = cache.generation();
            return read(missing).invoke(found -> cache.store(readAt, missing, found));
        });
    }

    /**
     * With the database out of reach, invocations go on with the last answers this server read for
     * every name they need; where it never read one, the outage is the answer (503).
     */
    private Uni<ResolvedSecrets> lastKnown(Set<String> names, Throwable outage) {
        SecretCache.Hit known = cache.lastKnown(names);
        if (!known.missing().isEmpty()) {
            return Uni.createFrom().failure(outage);
        }
        LOG.debugf("Database unavailable: secrets %s served as last read", names);
        return Uni.createFrom().item(new ResolvedSecrets(known.values(), known.unreadable()));
    }

    private Uni<ResolvedSecrets> read(Set<String> names) {
        return Panache.withSession(() -> repository.listNamed(names)).map(rows -> {
            Map<String, String> values = new HashMap<>();
            Set<String> unreadable = new HashSet<>();
            for (SecretEntity row : rows) {
                cipher.open(row.name, row.envelope).ifPresentOrElse(v -> values.put(row.name, v),
                        () -> unreadable.add(row.name));
            }
            if (!unreadable.isEmpty()) {
                LOG.warnf("Secrets %s cannot be decrypted with the configured keys (was SWITCHBOARD_SECRET changed?"
                        + " Put the old one in SWITCHBOARD_SECRET_PREVIOUS and rotate)", unreadable);
            }
            return new ResolvedSecrets(values, unreadable);
        });
    }

    private SecretSummary summary(SecretEntity row) {
        return cipher.open(row.name, row.envelope)
                .map(value -> SecretSummary.readable(row.name, value, row.updatedAt))
                .orElseGet(() -> SecretSummary.unreadable(row.name, row.updatedAt));
    }

    /** PostgreSQL keeps microseconds; the response shows what the next listing will show. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
