package dev.switchboard.prompt;

import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.gateway.InvocationService;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.ProviderDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a version must satisfy before it is saved: no credentials or connection, templates that parse (their
 * variables listed), and everything an invocation of it would be checked for. Every problem in one 422.
 */
@Singleton
class VersionChecks {

    private final InvocationService invocations;

    VersionChecks(InvocationService invocations) {
        this.invocations = invocations;
    }

    Uni<CheckedVersion> check(PromptVersionInput input, String prefix) {
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
                ? new CheckedVersion(input, format, List.copyOf(variables), provider.key(), null)
                : new CheckedVersion(input, format, List.copyOf(variables), null, provider.displayName()));
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
}
