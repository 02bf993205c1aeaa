package dev.switchboard.credential;

import java.util.List;

/**
 * What the server holds for one provider.
 *
 * @param credentials    per credential, in catalogue order
 * @param credentialsSet whether an invocation would find everything it needs without the request's help
 */
public record ProviderCredentialStatus(List<CredentialStatus> credentials, boolean credentialsSet) {

    public ProviderCredentialStatus {
        credentials = List.copyOf(credentials);
    }
}
