package dev.switchboard.prompt;

import dev.switchboard.model.InvocationRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The body of {@code POST /prompts/{name}/invocations}. */
@Schema(name = "PromptInvocationRequest")
public record PromptInvocationRequest(
        @Schema(description = "A version number; or give tag; neither: the latest version") Integer version,
        @Schema(description = "A tag; or give version") String tag,
        @Schema(description = "Values of the template variables; missing ones are a 422, extra ones are ignored")
        Map<String, String> variables,
        @Schema(description = "Credentials held by the browser, by name, for a built-in provider; never stored")
        Map<String, String> credentials,
        @Schema(description = "Parameters that override the version's, field by field") InvocationRequest.Parameters parameters) {

    /** An empty body: the latest version, no variables. */
    public static final PromptInvocationRequest LATEST = new PromptInvocationRequest(null, null, null, null, null);

    public PromptInvocationRequest {
        variables = variables == null ? Map.of() : variables;
        credentials = credentials == null ? Map.of() : credentials;
    }

    /** Never prints credentials. */
    @Override
    public String toString() {
        return "PromptInvocationRequest[version=" + version + ", tag=" + tag + ", variables=" + variables.keySet() + "]";
    }
}
