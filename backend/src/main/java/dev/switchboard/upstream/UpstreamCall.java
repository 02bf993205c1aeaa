package dev.switchboard.upstream;

import dev.switchboard.model.ApiType;
import dev.switchboard.model.CredentialKind;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.upstream.http.Scrubber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a client needs for one call, already checked: resolved credentials and base URL
 * (egress guard applied), the API type, and the validated custom headers.
 *
 * @param wholeAnswer the caller only wants the whole answer (JSON mode): a protocol may ask the provider
 *                    for it in one response instead of a stream; the events are the same either way
 */
public record UpstreamCall(String invocationId, InvocationRequest request, ApiType apiType,
                           ResolvedCredentials credentials, Map<String, String> customHeaders,
                           boolean wholeAnswer) {

    /** Shortest custom header value treated as a possible token when scrubbing messages. */
    private static final int TOKEN_LENGTH = 8;

    /** The provider's name, as problems and messages give it. */
    public String providerName() {
        return credentials.provider().displayName();
    }

    /**
     * Removes from provider messages every key used for the call (not endpoints or settings such
     * as the API version) and custom header values long enough to be tokens: users put proxy
     * credentials in custom headers.
     */
    public Scrubber scrubber() {
        List<String> secrets = new ArrayList<>();
        credentials.values().forEach((name, value) -> {
            boolean setting = credentials.provider().credential(name)
                    .map(spec -> spec.kind() != CredentialKind.KEY).orElse(false);
            if (!setting) {
                secrets.add(value);
            }
        });
        customHeaders.values().stream().filter(v -> v.length() >= TOKEN_LENGTH).forEach(secrets::add);
        return new Scrubber(secrets);
    }
}
