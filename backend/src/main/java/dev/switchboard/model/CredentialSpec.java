package dev.switchboard.model;

import java.util.List;

/**
 * One credential a provider reads, named like the environment variable that holds it.
 *
 * @param name         the name used in the request, as a secret's key and in the environment
 * @param kind         what it carries
 * @param required     whether invocation fails without it (see the resolver for ambient exceptions)
 * @param fallbacks    names tried after {@code name} at each precedence level (GOOGLE_API_KEY for Gemini)
 * @param defaultValue used when no level holds a value; null when there is none
 */
public record CredentialSpec(String name, CredentialKind kind, boolean required, List<String> fallbacks,
                             String defaultValue) {

    public CredentialSpec {
        fallbacks = List.copyOf(fallbacks);
    }

    public static CredentialSpec requiredKey(String name) {
        return new CredentialSpec(name, CredentialKind.KEY, true, List.of(), null);
    }

    public static CredentialSpec optionalKey(String name) {
        return new CredentialSpec(name, CredentialKind.KEY, false, List.of(), null);
    }

    /** The name and its fallbacks, in the order they are tried at each level. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), fallbacks.stream()).toList();
    }
}
