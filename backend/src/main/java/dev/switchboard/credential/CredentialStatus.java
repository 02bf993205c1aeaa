package dev.switchboard.credential;

import dev.switchboard.model.CredentialSource;

import java.util.List;

/**
 * Where the server holds a usable value for one credential of a provider.
 *
 * @param name     the credential name
 * @param required whether an invocation needs it, given what the server holds (the Azure key is
 *                 optional when Entra ID is configured)
 * @param sources  {@code secret}, {@code environment}, {@code ambient}; an unreadable secret is not one
 */
public record CredentialStatus(String name, boolean required, List<CredentialSource> sources) {

    public CredentialStatus {
        sources = List.copyOf(sources);
    }
}
