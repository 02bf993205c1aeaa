package dev.switchboard.model;

/**
 * What a credential name carries. The kind decides how the egress guard treats it: a
 * {@link #KEY} must never travel to an endpoint the request chose unless the request also supplied it.
 */
public enum CredentialKind {
    /** Secret material: an API key, a secret access key, a token. */
    KEY,
    /** Where requests go: an Azure endpoint, a required base URL. */
    ENDPOINT,
    /** A non-secret setting such as an API version or a region. */
    SETTING
}
