package dev.switchboard.upstream.azure;

import dev.switchboard.model.ApiType;
import dev.switchboard.upstream.JsonCalls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Where an Azure OpenAI call goes. Azure serves the same two protocols on two URL shapes, and
 * {@code OPENAI_API_VERSION} picks one, as it does for the OpenAI SDKs:
 * <ul>
 *   <li><b>v1 API</b> when the version is {@code v1}, {@code latest} or {@code preview} (or blank), or
 *       when the endpoint already ends in {@code /openai/v1}:
 *       {@code {endpoint}/openai/v1/chat/completions} and {@code {endpoint}/openai/v1/responses}, with
 *       the deployment name as {@code model}; {@code preview} adds {@code ?api-version=preview}, which
 *       is how Azure opts v1 calls into preview features.</li>
 *   <li><b>Dated API</b> for any other version (e.g. the default {@code 2025-04-01-preview}):
 *       {@code {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=…} and
 *       {@code {endpoint}/openai/responses?api-version=…} (Responses names the deployment in
 *       {@code model}).</li>
 * </ul>
 * The dated route stays the default because every Azure OpenAI resource serves it, and it is what the
 * {@code AzureOpenAI} SDK clients send for the same variables. An endpoint given with a trailing
 * {@code /openai} is accepted too.
 */
final class AzureRoute {

    private static final Set<String> V1_VERSIONS = Set.of("", "v1", "latest", "preview");
    private static final String OPENAI = "/openai";
    private static final String OPENAI_V1 = "/openai/v1";

    private AzureRoute() {
    }

    /**
     * @param endpoint   AZURE_OPENAI_ENDPOINT, e.g. {@code https://my-resource.openai.azure.com}
     * @param deployment the deployment name (the invocation's model)
     * @param apiVersion OPENAI_API_VERSION, or null
     */
    static String url(String endpoint, String deployment, String apiVersion, ApiType apiType) {
        String version = apiVersion == null ? "" : apiVersion.strip();
        String base = JsonCalls.trimSlash(endpoint);
        boolean responses = apiType == ApiType.RESPONSES;
        if (base.endsWith(OPENAI_V1) || usesV1(version)) {
            String v1 = base.endsWith(OPENAI_V1) ? base
                    : (base.endsWith(OPENAI) ? base.substring(0, base.length() - OPENAI.length()) : base) + OPENAI_V1;
            String query = "preview".equalsIgnoreCase(version) ? "?api-version=preview" : "";
            return v1 + (responses ? "/responses" : "/chat/completions") + query;
        }
        String openai = base.endsWith(OPENAI) ? base : base + OPENAI;
        String query = "?api-version=" + encode(version);
        return responses
                ? openai + "/responses" + query
                : openai + "/deployments/" + encode(deployment) + "/chat/completions" + query;
    }

    /** The resource's model list: {@code {endpoint}/openai/v1/models} or {@code {endpoint}/openai/models?api-version=…}. */
    static String modelsUrl(String endpoint, String apiVersion) {
        String version = apiVersion == null ? "" : apiVersion.strip();
        String base = JsonCalls.trimSlash(endpoint);
        if (base.endsWith(OPENAI_V1) || usesV1(version)) {
            String v1 = base.endsWith(OPENAI_V1) ? base
                    : (base.endsWith(OPENAI) ? base.substring(0, base.length() - OPENAI.length()) : base) + OPENAI_V1;
            return v1 + "/models" + ("preview".equalsIgnoreCase(version) ? "?api-version=preview" : "");
        }
        return (base.endsWith(OPENAI) ? base : base + OPENAI) + "/models?api-version=" + encode(version);
    }

    /** Whether the version names the v1 API rather than a dated one. */
    static boolean usesV1(String apiVersion) {
        return apiVersion == null || V1_VERSIONS.contains(apiVersion.strip().toLowerCase(Locale.ROOT));
    }

    /** One path segment or query value, percent-encoded (a space as %20, not +). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
