package dev.switchboard.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.PromptRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The whole answer of an invocation, for {@code Accept: application/json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InvocationResult")
public record InvocationResult(String invocationId,
                               @Schema(description = "The built-in provider's key, or the custom provider's name")
                               String provider,
                               @Schema(description = "The custom provider invoked; absent for a built-in provider")
                               String customProviderId, String model, String apiType,
                               String text,
                               @Schema(description = "Reasoning or its summary, where the model shares it")
                               String reasoning,
                               List<ToolCall> toolCalls, InvocationEvent.Usage usage, String finishReason,
                               @Schema(description = "Where each credential came from: request, secret, "
                                       + "environment, custom_provider or ambient")
                               Map<String, String> credentialSources,
                               @Schema(description = "The saved prompt version invoked; absent otherwise")
                               PromptRef prompt) {

    @Schema(name = "InvocationResultToolCall", description = "A tool call of the answer, its arguments whole")
    public record ToolCall(String id, String name, @Schema(description = "Arguments as a JSON text") String arguments,
                           @JsonInclude(JsonInclude.Include.NON_NULL)
                           @Schema(description = "The provider's signature of the reasoning behind the call "
                                   + "(Gemini); send it back in the assistant message's toolCalls")
                           String thoughtSignature) {
    }
}
