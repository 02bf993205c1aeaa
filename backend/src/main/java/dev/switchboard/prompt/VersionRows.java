package dev.switchboard.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationRequest;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A version's row and what it becomes: written from a checked input, read back as a view, its messages filled
 * in with variables. The jsonb columns are JSON text here (see {@link PromptVersionEntity}).
 */
@Singleton
class VersionRows {

    static final TypeReference<List<InvocationRequest.Message>> MESSAGES = new TypeReference<>() {
    };
    static final TypeReference<List<InvocationRequest.Tool>> TOOLS = new TypeReference<>() {
    };
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    VersionRows(ObjectMapper json) {
        this.json = json;
    }

    List<InvocationRequest.Message> fill(PromptVersionEntity row, List<InvocationRequest.Message> messages,
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
    record Stored(List<InvocationRequest.Message> messages, List<InvocationRequest.Tool> tools,
                          JsonNode toolChoice, InvocationRequest.ResponseFormat responseFormat,
                          InvocationRequest.Parameters parameters, Map<String, String> headers) {
    }

    /** Whether the custom provider the version used has been deleted since (its name is kept, its id cleared). */
    static boolean providerDeleted(PromptVersionEntity row) {
        return row.customProviderName != null && row.customProviderId == null;
    }

    Stored stored(PromptVersionEntity row) {
        return new Stored(read(row.messages, MESSAGES), read(row.tools, TOOLS),
                row.toolChoice == null ? null : read(row.toolChoice, JsonNode.class),
                row.responseFormat == null ? null : read(row.responseFormat, InvocationRequest.ResponseFormat.class),
                read(row.parameters, InvocationRequest.Parameters.class), read(row.headers, HEADERS));
    }

    PromptVersionEntity entity(UUID promptId, int number, CheckedVersion checked, Instant now) {
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

    PromptVersionView view(PromptEntity prompt, PromptVersionEntity row, List<PromptRepository.Tag> tags) {
        Stored stored = stored(row);
        return new PromptVersionView(prompt.name, row.number, row.description, row.templateFormat,
                read(row.variables, STRINGS), row.provider, row.customProviderId, row.customProviderName,
                providerDeleted(row), row.model, row.apiType,
                stored.messages(), stored.tools(), stored.toolChoice(), stored.responseFormat(), stored.parameters(),
                stored.headers(), tags.stream().filter(t -> t.versionId().equals(row.id)).map(PromptRepository.Tag::name)
                .collect(Collectors.toList()), row.createdAt);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a prompt version as JSON", e);
        }
    }

    <T> T read(String text, TypeReference<T> type) {
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
}
