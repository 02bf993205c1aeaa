package dev.switchboard.credential;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** Entra ID tokens for Azure OpenAI, as the resolver and the catalogue listing need them. */
interface AzureEntraId {

    /** Whether Entra ID is configured for this server, judged without any network call. */
    boolean available();

    /** An access token for Azure OpenAI (off the event loop); empty when none can be obtained. */
    Uni<Optional<String>> token();

    /**
     * A token even where {@link #available()} cannot tell (a managed identity): for a custom provider whose
     * administrator chose the server's identity.
     */
    default Uni<Optional<String>> tryToken() {
        return token();
    }
}
