package dev.switchboard.prompt;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The prompt tables. Callers open the session or transaction. */
@ApplicationScoped
class PromptRepository implements PanacheRepositoryBase<PromptEntity, UUID> {

    /** A tag with the number of the version it points at. */
    record Tag(UUID promptId, String name, int version, UUID versionId, java.time.Instant updatedAt) {
    }

    Uni<Optional<PromptEntity>> named(String name, boolean locked) {
        var query = find("name", name);
        return (locked ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResult().map(Optional::ofNullable);
    }

    Uni<List<PromptEntity>> search(String search, int limit, int offset) {
        return find("lower(name) like ?1 escape '\\'", Sort.by("name"), pattern(search))
                .range(offset, offset + limit - 1).list();
    }

    Uni<Long> countSearch(String search) {
        return count("lower(name) like ?1 escape '\\'", pattern(search));
    }

    /** The highest version number of each prompt that has one. */
    Uni<Map<UUID, Integer>> latestNumbers(Collection<UUID> promptIds) {
        if (promptIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select v.promptId, max(v.number) from PromptVersionEntity v where v.promptId in :ids group by v.promptId",
                        Object[].class).setParameter("ids", promptIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Integer) row[1])));
    }

    /** The tags of these prompts, by name. */
    Uni<List<Tag>> tags(Collection<UUID> promptIds) {
        if (promptIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select t.promptId, t.name, v.number, v.id, t.updatedAt from PromptTagEntity t, PromptVersionEntity v "
                                + "where v.id = t.versionId and t.promptId in :ids order by t.name", Object[].class)
                        .setParameter("ids", promptIds).getResultList())
                .map(rows -> rows.stream().map(row -> new Tag((UUID) row[0], (String) row[1], (Integer) row[2],
                        (UUID) row[3], (java.time.Instant) row[4])).toList());
    }

    Uni<List<PromptVersionEntity>> versions(UUID promptId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from PromptVersionEntity where promptId = :id order by number desc", PromptVersionEntity.class)
                .setParameter("id", promptId).getResultList());
    }

    /** The version with this number, or the latest when {@code number} is null. */
    Uni<Optional<PromptVersionEntity>> version(UUID promptId, Integer number) {
        return Panache.getSession().chain(session -> {
            var query = number == null
                    ? session.createSelectionQuery("from PromptVersionEntity where promptId = :id order by number desc",
                    PromptVersionEntity.class).setMaxResults(1)
                    : session.createSelectionQuery("from PromptVersionEntity where promptId = :id and number = :number",
                    PromptVersionEntity.class).setParameter("number", number);
            return query.setParameter("id", promptId).getResultList();
        }).map(rows -> rows.stream().findFirst());
    }

    Uni<Optional<PromptTagEntity>> tag(UUID promptId, String name) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from PromptTagEntity where promptId = :id and name = :name", PromptTagEntity.class)
                .setParameter("id", promptId).setParameter("name", name).getResultList())
                .map(rows -> rows.stream().findFirst());
    }

    /** The moves of a tag, newest first, with version numbers. */
    Uni<List<Object[]>> history(UUID promptId, String tag) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select (select v.number from PromptVersionEntity v where v.id = h.versionId), "
                                + "(select p.number from PromptVersionEntity p where p.id = h.previousVersionId), h.movedAt "
                                + "from PromptTagHistoryEntity h where h.promptId = :id and h.tag = :tag order by h.id desc",
                        Object[].class)
                .setParameter("id", promptId).setParameter("tag", tag).getResultList());
    }

    Uni<Void> persistAny(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    Uni<Void> removeAny(Object entity) {
        return Panache.getSession().chain(session -> session.remove(entity));
    }

    private static String pattern(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
