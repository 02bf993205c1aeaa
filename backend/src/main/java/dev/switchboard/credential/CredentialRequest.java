package dev.switchboard.credential;

import java.util.Map;

/**
 * What an invocation asks of the resolver.
 *
 * @param provider    built-in provider key, case-insensitive
 * @param credentials browser-held values sent with the request, by credential name
 * @param connection  routing overrides of the request
 */
public record CredentialRequest(String provider, Map<String, String> credentials, ConnectionOverride connection) {

    public CredentialRequest {
        credentials = credentials == null ? Map.of() : credentials;
        connection = connection == null ? ConnectionOverride.none() : connection;
    }
}
