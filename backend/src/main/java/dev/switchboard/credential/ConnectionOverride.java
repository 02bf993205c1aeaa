package dev.switchboard.credential;

/**
 * Routing a request may set for itself. A non-blank {@code baseUrl} or {@code azureEndpoint} sends
 * traffic where the request chose, so the egress guard allows only request-supplied keys with it.
 */
public record ConnectionOverride(String baseUrl, String azureEndpoint, String region) {

    public static ConnectionOverride none() {
        return new ConnectionOverride(null, null, null);
    }
}
