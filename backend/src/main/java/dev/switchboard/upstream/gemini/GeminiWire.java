package dev.switchboard.upstream.gemini;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The Generative Language API on the wire ({@code POST /v1beta/{model}:streamGenerateContent?alt=sse}),
 * as documented in the API reference and ../shared/specs/gemini/ (GenerateContentRequest,
 * GenerateContentResponse). Members newer than that spec (revision 20241016), from the current
 * reference: {@code thinkingConfig}, {@code seed}, {@code Part.thought}, {@code Part.thoughtSignature},
 * {@code FunctionCall.id}, {@code usageMetadata.thoughtsTokenCount}. Content and its parts go both ways.
 */
final class GeminiWire {

    private GeminiWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(List<Content> contents, Content systemInstruction, List<Tool> tools, ToolConfig toolConfig,
                   GenerationConfig generationConfig) {
    }

    /** role is user or model (absent on systemInstruction). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Content(String role, List<Part> parts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Part(String text, Boolean thought, FunctionCall functionCall, FunctionResponse functionResponse,
                String thoughtSignature) {

        static Part text(String text) {
            return new Part(text, null, null, null, null);
        }

        static Part call(FunctionCall call, String thoughtSignature) {
            return new Part(null, null, call, null, thoughtSignature);
        }

        static Part response(FunctionResponse response) {
            return new Part(null, null, null, response, null);
        }
    }

    /** id is sent by newer models only, and never by us. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FunctionCall(String id, String name, JsonNode args) {
    }

    record FunctionResponse(String name, JsonNode response) {
    }

    record Tool(List<FunctionDeclaration> functionDeclarations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FunctionDeclaration(String name, String description, JsonNode parameters) {
    }

    record ToolConfig(FunctionCallingConfig functionCallingConfig) {
    }

    /** mode is AUTO, ANY or NONE. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FunctionCallingConfig(String mode, List<String> allowedFunctionNames) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GenerationConfig(Double temperature, Double topP, Integer maxOutputTokens, List<String> stopSequences,
                            Long seed, String responseMimeType, JsonNode responseSchema,
                            ThinkingConfig thinkingConfig, Double frequencyPenalty, Double presencePenalty) {

        boolean isEmpty() {
            return temperature == null && topP == null && maxOutputTokens == null && stopSequences == null
                    && seed == null && responseMimeType == null && responseSchema == null && thinkingConfig == null
                    && frequencyPenalty == null && presencePenalty == null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ThinkingConfig(Integer thinkingBudget, Boolean includeThoughts) {
    }

    // --- streaming response: every SSE data payload is a GenerateContentResponse (or an error) ---

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(List<Candidate> candidates, UsageMetadata usageMetadata, PromptFeedback promptFeedback,
                    ErrorBody error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Candidate(Content content, String finishReason, Integer index) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsageMetadata(Integer promptTokenCount, Integer candidatesTokenCount, Integer totalTokenCount,
                         Integer thoughtsTokenCount, Integer cachedContentTokenCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PromptFeedback(String blockReason) {
    }

    /** Google's error object: code is the HTTP status, status the RPC code (RESOURCE_EXHAUSTED, …). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(Integer code, String message, String status) {
    }
}
