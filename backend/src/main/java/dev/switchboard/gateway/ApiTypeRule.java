package dev.switchboard.gateway;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.ProviderDefinition;

import java.util.List;
import java.util.Locale;

/**
 * Which OpenAI API type a call uses: the request's choice when the provider offers it; otherwise
 * the provider's default (Chat Completions), except for models OpenAI serves only through the
 * Responses API (the "-pro", deep-research, codex and computer-use models).
 */
final class ApiTypeRule {

    /** Prefixes of models that exist only on the Responses API. */
    static final List<String> RESPONSES_ONLY = List.of(
            "o1-pro", "o3-pro", "o3-deep-research", "o4-mini-deep-research", "gpt-5-pro", "gpt-5-codex",
            "codex-", "computer-use-preview");

    private ApiTypeRule() {
    }

    static ApiType choose(ProviderDefinition provider, String requested, String model) {
        if (requested != null && !requested.isBlank()) {
            ApiType type = provider.apiTypes().stream()
                    .filter(t -> t.wireName().equals(requested.trim().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION,
                            provider.displayName() + " does not offer the API type '" + requested + "'; it offers "
                                    + String.join(", ", provider.apiTypes().stream().map(ApiType::wireName).toList())
                                    + ".",
                            List.of(new ProblemDetail.FieldError("apiType", "not offered by " + provider.displayName()))));
            return type;
        }
        if (provider.apiTypes().contains(ApiType.RESPONSES) && responsesOnly(model)) {
            return ApiType.RESPONSES;
        }
        return provider.defaultApiType();
    }

    static boolean responsesOnly(String model) {
        if (model == null) {
            return false; // a missing model is the request's own 422, reported with the rest
        }
        String name = model.toLowerCase(Locale.ROOT);
        return RESPONSES_ONLY.stream().anyMatch(name::startsWith);
    }
}
