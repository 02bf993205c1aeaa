package dev.switchboard.prompt;

import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.PromptRef;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved prompts: immutable numbered versions (an invocation without credentials, its message texts
 * templates), tags moved between them with their history kept, and versions rendered or turned into an
 * invocation with variables filled in. Checks a version as an invocation would be checked when it is saved,
 * so that what is saved can be run.
 */
@ApplicationScoped
public class PromptService {

    /** A version turned into an invocation, and what the start event says of it. */
    public record PromptCall(InvocationRequest request, PromptRef prompt) {
    }

    static final int MAX_LIMIT = 200;
    private static final Logger LOG = Logger.getLogger(PromptService.class);

    private final PromptRepository repository;
    private final VersionChecks checks;
    private final VersionRows rows;

    PromptService(PromptRepository repository, VersionChecks checks, VersionRows rows) {
        this.repository = repository;
        this.checks = checks;
        this.rows = rows;
    }

    // --- prompts

    public Uni<PromptList> list(String search, Integer limit, Integer offset) {
        int size = limit == null ? 50 : limit;
        int from = offset == null ? 0 : offset;
        List<FieldError> errors = new ArrayList<>();
        if (size < 1 || size > MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (from < 0) {
            errors.add(new FieldError("offset", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return Panache.withSession(() -> repository.search(search, size, from).flatMap(found ->
                repository.countSearch(search).flatMap(total -> views(found)
                        .map(items -> new PromptList(items, total, size, from)))));
    }

    public Uni<PromptView> create(PromptInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (!PromptNames.valid(input.name())) {
            errors.add(new FieldError("name", PromptNames.RULE));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        Uni<Optional<CheckedVersion>> version = input.version() == null ? Uni.createFrom().item(Optional.empty())
                : checks.check(input.version(), "version.").map(Optional::of);
        return version.flatMap(checked -> Panache.withTransaction(() -> repository.named(input.name(), false)
                .flatMap(existing -> {
                    if (existing.isPresent()) {
                        throw conflict(input.name());
                    }
                    Instant now = now();
                    PromptEntity prompt = new PromptEntity();
                    prompt.id = UUID.randomUUID();
                    prompt.name = input.name();
                    prompt.description = input.description() == null ? "" : input.description();
                    prompt.createdAt = now;
                    prompt.updatedAt = now;
                    Uni<Void> saved = repository.persist(prompt).replaceWithVoid();
                    if (checked.isPresent()) {
                        saved = saved.chain(() -> repository.persistAny(rows.entity(prompt.id, 1, checked.get(), now)));
                    }
                    return saved.chain(() -> Panache.getSession().chain(session -> session.flush()))
                            .chain(() -> view(prompt));
                })).onFailure(PromptService::duplicateName).transform(e -> conflict(input.name())))
                .invoke(created -> LOG.infof("Created prompt %s", created.name()));
    }

    public Uni<PromptView> get(String name) {
        return Panache.withSession(() -> prompt(name, false).flatMap(this::view));
    }

    public Uni<PromptView> patch(String name, PromptPatch patch) {
        if (patch.name() != null && !PromptNames.valid(patch.name())) {
            return Uni.createFrom().failure(ProblemException.invalid(List.of(new FieldError("name", PromptNames.RULE))));
        }
        return Panache.withTransaction(() -> prompt(name, true).flatMap(prompt -> {
            Uni<Boolean> taken = patch.name() == null || patch.name().equals(prompt.name) ? Uni.createFrom().item(false)
                    : repository.named(patch.name(), false).map(Optional::isPresent);
            return taken.flatMap(isTaken -> {
                if (isTaken) {
                    throw conflict(patch.name());
                }
                if (patch.name() != null) {
                    prompt.name = patch.name();
                }
                if (patch.description() != null) {
                    prompt.description = patch.description();
                }
                prompt.updatedAt = now();
                return Panache.getSession().chain(session -> session.flush()).chain(() -> view(prompt));
            });
        })).onFailure(PromptService::duplicateName).transform(e -> conflict(patch.name()));
    }

    /** Deletes the prompt with its versions, tags and tag history. */
    public Uni<Void> delete(String name) {
        return Panache.withTransaction(() -> prompt(name, true).flatMap(repository::delete))
                .invoke(() -> LOG.infof("Deleted prompt %s", name));
    }

    // --- versions

    public Uni<List<PromptVersionView>> versions(String name) {
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> repository.versions(prompt.id)
                .flatMap(versionRows -> repository.tags(List.of(prompt.id))
                        .map(tags -> versionRows.stream().map(row -> rows.view(prompt, row, tags)).toList()))));
    }

    /** @param number a version number, or {@code latest} */
    public Uni<PromptVersionView> version(String name, String number) {
        Integer parsed = parseNumber(name, number);
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> version(prompt, parsed)
                .flatMap(row -> repository.tags(List.of(prompt.id)).map(tags -> rows.view(prompt, row, tags)))));
    }

    /** Saves the next version; concurrent saves of one prompt are serialised by a lock on the prompt's row. */
    public Uni<PromptVersionView> createVersion(String name, PromptVersionInput input) {
        return checks.check(input, "").flatMap(checked -> Panache.withTransaction(() -> prompt(name, true)
                .flatMap(prompt -> repository.version(prompt.id, null).flatMap(latest -> {
                    Instant now = now();
                    PromptVersionEntity row = rows.entity(prompt.id, latest.map(v -> v.number + 1).orElse(1), checked, now);
                    prompt.updatedAt = now;
                    return repository.persistAny(row).chain(() -> Panache.getSession().chain(session -> session.flush()))
                            .map(ignored -> rows.view(prompt, row, List.of()));
                })))).invoke(saved -> LOG.infof("Saved version %d of prompt %s", saved.number(), name));
    }

    // --- tags

    public Uni<List<PromptTagView>> tags(String name) {
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> repository.tags(List.of(prompt.id))))
                .map(tags -> tags.stream().map(tag -> new PromptTagView(tag.name(), tag.version(), tag.updatedAt())).toList());
    }

    public Uni<PromptVersionView> tagged(String name, String tag) {
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> tagged(prompt, tag)
                .flatMap(row -> repository.tags(List.of(prompt.id)).map(tags -> rows.view(prompt, row, tags)))));
    }

    /** Points the tag at the version, creating it if needed, and records the move, in one transaction. */
    public Uni<PromptTagView> moveTag(String name, String tag, TagMove move) {
        List<FieldError> errors = new ArrayList<>();
        if (!PromptNames.valid(tag)) {
            errors.add(new FieldError("tag", PromptNames.RULE));
        }
        if (move == null || move.version() == null) {
            errors.add(new FieldError("version", "must be given: the version number the tag points at"));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return Panache.withTransaction(() -> prompt(name, true).flatMap(prompt -> version(prompt, move.version())
                .flatMap(version -> repository.tag(prompt.id, tag).flatMap(existing -> {
                    Instant now = now();
                    UUID previous = existing.map(t -> t.versionId).orElse(null);
                    PromptTagEntity row = existing.orElseGet(PromptTagEntity::new);
                    row.promptId = prompt.id;
                    row.name = tag;
                    row.versionId = version.id;
                    row.updatedAt = now;
                    prompt.updatedAt = now;
                    Uni<Void> saved = existing.isPresent() ? Uni.createFrom().voidItem() : repository.persistAny(row);
                    return saved.chain(() -> repository.persistAny(history(prompt.id, tag, version.id, previous, now)))
                            .chain(() -> Panache.getSession().chain(session -> session.flush()))
                            .map(ignored -> new PromptTagView(tag, version.number, now));
                }))));
    }

    public Uni<Void> deleteTag(String name, String tag) {
        return Panache.withTransaction(() -> prompt(name, true).flatMap(prompt -> repository.tag(prompt.id, tag)
                .flatMap(existing -> {
                    PromptTagEntity row = existing.orElseThrow(() -> ProblemException.notFound(
                            "The prompt '" + name + "' has no tag '" + tag + "'."));
                    Instant now = now();
                    prompt.updatedAt = now;
                    return repository.removeAny(row)
                            .chain(() -> repository.persistAny(history(prompt.id, tag, null, row.versionId, now)));
                })));
    }

    public Uni<List<TagHistoryEntry>> history(String name, String tag) {
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> repository.history(prompt.id, tag)))
                .map(rows -> rows.stream().map(row -> new TagHistoryEntry((Integer) row[0], (Integer) row[1],
                        (Instant) row[2])).toList());
    }

    // --- using a version

    public Uni<RenderedPrompt> render(String name, PromptSelection selection) {
        return selected(name, selection.version(), selection.tag()).map(found -> {
            PromptVersionEntity row = found.version();
            VersionRows.Stored stored = rows.stored(row);
            return new RenderedPrompt(name, row.number, selection.tag(), rows.fill(row, stored.messages(), selection.variables()),
                    row.provider, row.customProviderId, row.customProviderName, VersionRows.providerDeleted(row),
                    row.model, row.apiType,
                    stored.parameters(), stored.tools(), stored.toolChoice(), stored.responseFormat(), stored.headers());
        });
    }

    /** The invocation a version describes, its variables filled in and the request's parameters over its own. */
    public Uni<PromptCall> invocation(String name, PromptInvocationRequest body) {
        return selected(name, body.version(), body.tag()).map(found -> {
            PromptVersionEntity row = found.version();
            if (VersionRows.providerDeleted(row)) {
                throw new ProblemException(ProblemType.CUSTOM_PROVIDER_GONE, "Version " + row.number + " of prompt '"
                        + name + "' uses the custom provider '" + row.customProviderName + "', which has been deleted. "
                        + "Save a new version with another provider, or create a custom provider and save a version with it.");
            }
            VersionRows.Stored stored = rows.stored(row);
            InvocationRequest request = new InvocationRequest(row.provider, row.customProviderId, row.model, row.apiType,
                    rows.fill(row, stored.messages(), body.variables()), stored.tools(), stored.toolChoice(),
                    stored.responseFormat(), Overrides.parameters(stored.parameters(), body.parameters()), null,
                    stored.headers(), body.credentials());
            return new PromptCall(request, new PromptRef(name, row.number, body.tag()));
        });
    }

    // --- reading

    private record Selected(PromptEntity prompt, PromptVersionEntity version) {
    }

    private Uni<Selected> selected(String name, Integer version, String tag) {
        if (version != null && tag != null) {
            return Uni.createFrom().failure(ProblemException.invalid(List.of(
                    new FieldError("tag", "give either version or tag, not both"))));
        }
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt ->
                (tag != null ? tagged(prompt, tag) : version(prompt, version)).map(row -> new Selected(prompt, row))));
    }

    private Uni<PromptEntity> prompt(String name, boolean locked) {
        return repository.named(name, locked).map(found -> found.orElseThrow(() ->
                ProblemException.notFound("There is no prompt named '" + name + "'.")));
    }

    private Uni<PromptVersionEntity> version(PromptEntity prompt, Integer number) {
        return repository.version(prompt.id, number).map(found -> found.orElseThrow(() -> ProblemException.notFound(
                number == null ? "The prompt '" + prompt.name + "' has no version yet."
                        : "The prompt '" + prompt.name + "' has no version " + number + ".")));
    }

    private Uni<PromptVersionEntity> tagged(PromptEntity prompt, String tag) {
        return repository.tag(prompt.id, tag).flatMap(found -> {
            PromptTagEntity row = found.orElseThrow(() -> ProblemException.notFound(
                    "The prompt '" + prompt.name + "' has no tag '" + tag + "'."));
            return Panache.getSession().chain(session -> session.find(PromptVersionEntity.class, row.versionId));
        });
    }

    private static Integer parseNumber(String name, String number) {
        if ("latest".equals(number)) {
            return null;
        }
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("The prompt '" + name + "' has no version '" + number
                    + "' (a version is a number, or latest).");
        }
    }

    // --- writing

    private static PromptTagHistoryEntity history(UUID promptId, String tag, UUID version, UUID previous, Instant now) {
        PromptTagHistoryEntity row = new PromptTagHistoryEntity();
        row.promptId = promptId;
        row.tag = tag;
        row.versionId = version;
        row.previousVersionId = previous;
        row.movedAt = now;
        return row;
    }

    // --- views

    private Uni<PromptView> view(PromptEntity prompt) {
        return views(List.of(prompt)).map(list -> list.get(0));
    }

    private Uni<List<PromptView>> views(List<PromptEntity> prompts) {
        List<UUID> ids = prompts.stream().map(p -> p.id).toList();
        return repository.latestNumbers(ids).flatMap(latest -> repository.tags(ids).map(tags -> prompts.stream()
                .map(p -> new PromptView(p.id, p.name, p.description, latest.get(p.id), tags.stream()
                        .filter(t -> t.promptId().equals(p.id))
                        .map(t -> new PromptView.TagPointer(t.name(), t.version())).toList(), p.createdAt, p.updatedAt))
                .toList()));
    }

    // --- plumbing

    private static boolean duplicateName(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("prompts_name_key")) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException conflict(String name) {
        return new ProblemException(ProblemType.CONFLICT, "A prompt named '" + name + "' exists already.");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
