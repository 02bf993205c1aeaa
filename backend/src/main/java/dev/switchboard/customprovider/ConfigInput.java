package dev.switchboard.customprovider;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** {@code config} as a client sends it. The fields an sdk does not use must be left out. */
@Schema(name = "CustomProviderConfigInput")
public record ConfigInput(
        @Schema(required = true) AuthInput auth,
        @Schema(description = "openai, anthropic, google_genai: where requests go; default the provider's public "
                + "API. An absolute http or https URL without user-info or fragment") String baseUrl,
        @Schema(description = "azure_openai (required): the resource endpoint, e.g. https://my-resource.openai.azure.com")
        String azureEndpoint,
        @Schema(description = "azure_openai: the API version, default 2025-04-01-preview; v1, latest or preview "
                + "select the v1 API") String apiVersion,
        @Schema(description = "aws_bedrock (required): the region, e.g. us-east-1") String region,
        @Schema(description = "aws_bedrock: another endpoint than bedrock-runtime.{region}.amazonaws.com")
        String endpointUrl,
        @Schema(description = "Headers sent with every call; the rules of invocation headers apply, and a request's "
                + "headers of the same name win") Map<String, String> headers,
        @Schema(description = "openai, azure_openai: chat_completions or responses (default responses)",
                enumeration = {"chat_completions", "responses"}) String apiType,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    public ConfigInput {
        headers = headers == null ? Map.of() : headers;
        unknown = unknown == null ? Map.of() : unknown;
    }
}
