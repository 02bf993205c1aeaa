package dev.switchboard.listing;

import dev.switchboard.model.ApiType;
import dev.switchboard.model.ConnectionField;
import dev.switchboard.model.InvocationParameter;
import dev.switchboard.model.Sdk;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** A built-in provider as the catalogue shows it. */
@Schema(name = "Provider")
public record ProviderView(
        @Schema(description = "Provider key used in invocations", examples = "OPENAI") String key,
        @Schema(description = "Display name", examples = "OpenAI") String name,
        @Schema(description = "Wire protocol; OpenAI-compatible servers use openai") Sdk sdk,
        @Schema(description = "OpenAI API types offered") List<ApiType> apiTypes,
        @Schema(description = "API type used when the request names none") ApiType defaultApiType,
        @Schema(description = "Credentials the provider reads") List<CredentialView> credentials,
        @Schema(description = "Whether the server holds everything an invocation needs, so the browser need send nothing")
        boolean credentialsSet,
        @Schema(description = "Where requests go by default; absent when the server or the request must say") String defaultBaseUrl,
        @Schema(description = "Environment variable that overrides the default base URL") String baseUrlVariable,
        @Schema(description = "Invocation parameters the provider honours; a request that sets another is refused "
                + "(422). OpenAI's Responses API (OpenAI, Azure OpenAI) takes no stop, seed, frequencyPenalty or "
                + "presencePenalty")
        List<InvocationParameter> parameters,
        @Schema(description = "The parameters each offered API type takes, by API type (chat_completions, "
                + "responses); where a provider offers one API type, the same as parameters")
        Map<String, List<InvocationParameter>> parametersByApiType,
        @Schema(description = "The highest temperature the provider takes (the lowest is 0)", examples = "2")
        double maxTemperature,
        @Schema(description = "Connection overrides a request may set for this provider") List<ConnectionField> connection,
        @Schema(description = "Suggested model names; any other name may be used") List<String> models) {
}
