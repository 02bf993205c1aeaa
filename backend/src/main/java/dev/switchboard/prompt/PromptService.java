package dev.switchboard.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.gateway.InvocationService;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.PromptRef;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
    private static final TypeReference<List<InvocationRequest.Message>> MESSAGES = new TypeReference<>() {
    };
    private static final TypeReference<List<InvocationRequest.Tool>> TOOLS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final PromptRepository repository;
    private final InvocationService invocations;
    private final ObjectMapper json;

    PromptService(PromptRepository repository, InvocationService invocations, ObjectMapper json) {
        this.repository = repository;
        this.invocations = invocations;
        this.json = json;
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
        return Panache.withSession(() -> repository.search(search, size, from).flatMap(rows ->
                repository.countSearch(search).flatMap(total -> views(rows)
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
        Uni<Optional<Checked>> version = input.version() == null ? Uni.createFrom().item(Optional.empty())
                : check(input.version(), "version.").map(Optional::of);
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
                        saved = saved.chain(() -> repository.persistAny(entity(prompt.id, 1, checked.get(), now)));
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
                .flatMap(rows -> repository.tags(List.of(prompt.id))
                        .map(tags -> rows.stream().map(row -> view(prompt, row, tags)).toList()))));
    }

    /** @param number a version number, or {@code latest} */
    public Uni<PromptVersionView> version(String name, String number) {
        Integer parsed = parseNumber(name, number);
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> version(prompt, parsed)
                .flatMap(row -> repository.tags(List.of(prompt.id)).map(tags -> view(prompt, row, tags)))));
    }

    /** Saves the next version; concurrent saves of one prompt are serialised by a lock on the prompt's row. */
    public Uni<PromptVersionView> createVersion(String name, PromptVersionInput input) {
        return check(input, "").flatMap(checked -> Panache.withTransaction(() -> prompt(name, true)
                .flatMap(prompt -> repository.version(prompt.id, null).flatMap(latest -> {
                    Instant now = now();
                    PromptVersionEntity row = entity(prompt.id, latest.map(v -> v.number + 1).orElse(1), checked, now);
                    prompt.updatedAt = now;
                    return repository.persistAny(row).chain(() -> Panache.getSession().chain(session -> session.flush()))
                            .map(ignored -> view(prompt, row, List.of()));
                })))).invoke(saved -> LOG.infof("Saved version %d of prompt %s", saved.number(), name));
    }

    // --- tags

    public Uni<List<PromptTagView>> tags(String name) {
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> repository.tags(List.of(prompt.id))))
                .map(tags -> tags.stream().map(tag -> new PromptTagView(tag.name(), tag.version(), tag.updatedAt())).toList());
    }

    public Uni<PromptVersionView> tagged(String name, String tag) {
        return Panache.withSession(() -> prompt(name, false).flatMap(prompt -> tagged(prompt, tag)
                .flatMap(row -> repository.tags(List.of(prompt.id)).map(tags -> view(prompt, row, tags)))));
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
            Stored stored = stored(row);
            return new RenderedPrompt(name, row.number, selection.tag(), fill(row, stored.messages(), selection.variables()),
                    row.provider, row.customProviderId, row.customProviderName, row.model, row.apiType,
                    stored.parameters(), stored.tools(), stored.toolChoice(), stored.responseFormat(), stored.headers());
        });
    }

    /** The invocation a version describes, its variables filled in and the request's parameters over its own. */
    public Uni<PromptCall> invocation(String name, PromptInvocationRequest body) {
        return selected(name, body.version(), body.tag()).map(found -> {
            PromptVersionEntity row = found.version();
            if (row.customProviderName != null && row.customProviderId == null) {
                throw new ProblemException(ProblemType.CUSTOM_PROVIDER_GONE, "Version " + row.number + " of prompt '"
                        + name + "' uses the custom provider '" + row.customProviderName + "', which has been deleted. "
                        + "Save a new version with another provider, or create a custom provider and save a version with it.");
            }
            Stored stored = stored(row);
            InvocationRequest request = new InvocationRequest(row.provider, row.customProviderId, row.model, row.apiType,
                    fill(row, stored.messages(), body.variables()), stored.tools(), stored.toolChoice(),
                    stored.responseFormat(), Overrides.parameters(stored.parameters(), body.parameters()), null,
                    stored.headers(), body.credentials());
            return new PromptCall(request, new PromptRef(name, row.number, body.tag()));
        });
    }

    // --- checking a version

    /** A version input that passed every check, with what saving it needs. */
    private record Checked(PromptVersionInput input, TemplateFormat format, List<String> variables, String providerKey,
                           String customProviderName) {
    }

    private Uni<Checked> check(PromptVersionInput input, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        input.unknown().keySet().forEach(field -> errors.add(new FieldError(prefix + field, "is not a field of a prompt version")));
        if (input.credentials() != null && !input.credentials().isNull()) {
            errors.add(new FieldError(prefix + "credentials", "cannot be saved in a version: credentials are given "
                    + "when it is invoked (or come from the server)"));
        }
        if (input.connection() != null && !input.connection().isNull()) {
            errors.add(new FieldError(prefix + "connection", "cannot be saved in a version: use a custom provider for "
                    + "another address"));
        }
        TemplateFormat format = input.templateFormat() == null ? TemplateFormat.MUSTACHE
                : TemplateFormat.of(input.templateFormat()).orElse(null);
        if (format == null) {
            errors.add(new FieldError(prefix + "templateFormat", "must be mustache, f_string or none"));
        }
        Set<String> variables = new LinkedHashSet<>();
        if (format != null && input.messages() != null) {
            for (int i = 0; i < input.messages().size(); i++) {
                InvocationRequest.Message message = input.messages().get(i);
                if (message == null || message.content() == null) {
                    continue;
                }
                try {
                    variables.addAll(format.parse(message.content()).variables());
                } catch (Template.Invalid e) {
                    errors.add(new FieldError(prefix + "messages[" + i + "].content",
                            e.getMessage() + " " + where(message.content(), e.position())));
                }
            }
        }
        if (input.customProviderId() != null && input.provider() != null && !input.provider().isBlank()) {
            errors.add(new FieldError(prefix + "provider", "must be left out with customProviderId: give one or the other"));
        }
        // the invocation's checks cannot run without a model and messages
        if (input.model() == null) {
            errors.add(new FieldError(prefix + "model", "must not be blank"));
        }
        if (input.messages() == null) {
            errors.add(new FieldError(prefix + "messages", "must not be empty"));
        }
        if (input.model() == null || input.messages() == null) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        Uni<ProviderDefinition> checked = invocations.check(input.asInvocation())
                .onFailure(ProblemException.class).transform(failure -> prefixed((ProblemException) failure, prefix, input));
        if (!errors.isEmpty()) { // one 422 that lists the invocation's errors too
            return checked.onItemOrFailure().transformToUni((provider, failure) -> Uni.createFrom().failure(
                    ProblemException.invalid(joined(errors, failure))));
        }
        return checked.map(provider -> input.customProviderId() == null
                ? new Checked(input, format, List.copyOf(variables), provider.key(), null)
                : new Checked(input, format, List.copyOf(variables), null, provider.displayName()));
    }

    private static List<FieldError> joined(List<FieldError> errors, Throwable failure) {
        List<FieldError> all = new ArrayList<>(errors);
        if (failure instanceof ProblemException problem && problem.errors() != null) {
            problem.errors().stream().filter(error -> errors.stream().noneMatch(e -> e.field().equals(error.field())))
                    .forEach(all::add);
        }
        return all;
    }

    /** The invocation's problems, with field paths under the version's place in the body. */
    private static Throwable prefixed(ProblemException failure, String prefix, PromptVersionInput input) {
        if (failure.type() == ProblemType.NOT_FOUND && input.customProviderId() != null) {
            return ProblemException.invalid(List.of(new FieldError(prefix + "customProviderId",
                    "no custom provider has this id")));
        }
        if (failure.type() == ProblemType.NOT_FOUND) { // a 404 would read as "no such prompt"
            return ProblemException.invalid(List.of(new FieldError(prefix + "provider",
                    "'" + input.provider() + "' is not a built-in provider")));
        }
        if (failure.errors() == null || prefix.isEmpty()) {
            return failure;
        }
        return ProblemException.invalid(failure.errors().stream()
                .map(error -> new FieldError(prefix + error.field(), error.message())).toList());
    }

    /** "at line 2, column 7" for a 0-based character offset. */
    static String where(String text, int position) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "(at line " + line + ", column " + column + ")";
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

    private List<InvocationRequest.Message> fill(PromptVersionEntity row, List<InvocationRequest.Message> messages,
                                                 Map<String, String> values) {
        List<String> variables = read(row.variables, STRINGS);
        List<FieldError> missing = variables.stream().filter(name -> values.get(name) == null)
                .map(name -> new FieldError("variables." + name, "is missing: version " + row.number + " uses it"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Missing variables: " + String.join(", ",
                    missing.stream().map(error -> error.field().substring("variables.".length())).toList()) + ".", missing);
        }
        TemplateFormat format = TemplateFormat.of(row.templateFormat).orElseThrow();
        return messages.stream().map(message -> message.content() == null ? message
                : new InvocationRequest.Message(message.role(), format.parse(message.content()).render(values),
                message.toolCalls(), message.toolCallId())).toList();
    }

    /** The JSON columns of a version, read back. */
    private record Stored(List<InvocationRequest.Message> messages, List<InvocationRequest.Tool> tools,
                          JsonNode toolChoice, InvocationRequest.ResponseFormat responseFormat,
                          InvocationRequest.Parameters parameters, Map<String, String> headers) {
    }

    private Stored stored(PromptVersionEntity row) {
        return new Stored(read(row.messages, MESSAGES), read(row.tools, TOOLS),
                row.toolChoice == null ? null : read(row.toolChoice, JsonNode.class),
                row.responseFormat == null ? null : read(row.responseFormat, InvocationRequest.ResponseFormat.class),
                read(row.parameters, InvocationRequest.Parameters.class), read(row.headers, HEADERS));
    }

    // --- writing

    private PromptVersionEntity entity(UUID promptId, int number, Checked checked, Instant now) {
        PromptVersionInput input = checked.input();
        InvocationRequest invocation = input.asInvocation();
        PromptVersionEntity row = new PromptVersionEntity();
        row.id = UUID.randomUUID();
        row.promptId = promptId;
        row.number = number;
        row.description = input.description() == null ? "" : input.description();
        row.templateFormat = checked.format().wireName();
        row.messages = write(invocation.messages());
        row.variables = write(checked.variables());
        row.tools = write(invocation.tools());
        row.toolChoice = invocation.toolChoice() == null || invocation.toolChoice().isNull() ? null : write(invocation.toolChoice());
        row.responseFormat = invocation.responseFormat() == null ? null : write(invocation.responseFormat());
        row.parameters = write(invocation.parameters());
        row.headers = write(invocation.headers());
        row.provider = checked.providerKey();
        row.customProviderId = invocation.customProviderId();
        row.customProviderName = checked.customProviderName();
        row.model = invocation.model();
        row.apiType = invocation.apiType();
        row.createdAt = now;
        return row;
    }

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

    private PromptVersionView view(PromptEntity prompt, PromptVersionEntity row, List<PromptRepository.Tag> tags) {
        Stored stored = stored(row);
        return new PromptVersionView(prompt.name, row.number, row.description, row.templateFormat,
                read(row.variables, STRINGS), row.provider, row.customProviderId, row.customProviderName,
                row.customProviderName != null && row.customProviderId == null, row.model, row.apiType,
                stored.messages(), stored.tools(), stored.toolChoice(), stored.responseFormat(), stored.parameters(),
                stored.headers(), tags.stream().filter(t -> t.versionId().equals(row.id)).map(PromptRepository.Tag::name)
                .collect(Collectors.toList()), row.createdAt);
    }

    // --- plumbing

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a prompt version as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored prompt version is not readable JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored prompt version is not readable JSON", e);
        }
    }

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
