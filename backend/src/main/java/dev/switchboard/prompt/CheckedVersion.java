package dev.switchboard.prompt;

import java.util.List;

/**
 * A version input that passed every check, with what saving it needs.
 *
 * @param providerKey        the built-in provider's key as the catalogue spells it, or null
 * @param customProviderName the custom provider's name when saved, or null
 */
record CheckedVersion(PromptVersionInput input, TemplateFormat format, List<String> variables, String providerKey,
                      String customProviderName) {
}
