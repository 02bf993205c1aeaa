package dev.switchboard.common.problem;

/**
 * The kinds of problem Switchboard reports. The {@code type} member of a problem is
 * {@code urn:switchboard:problem:<slug>}; clients switch on it rather than on the title.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", "Bad request", 400),
    MALFORMED_JSON("malformed-json", "Malformed JSON", 400),
    /** Generic 403; declared before the specific 403s so that {@link #forStatus} picks it. */
    FORBIDDEN("forbidden", "Forbidden", 403),
    VALIDATION("validation", "Invalid request", 422),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    INTERNAL("internal", "Internal server error", 500),
    /** A feature this server does not offer (yet), e.g. a provider protocol without a client. */
    NOT_IMPLEMENTED("not-implemented", "Not implemented", 501),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    /** A credential the provider needs is in neither the request, the vault, the environment nor an ambient chain. */
    MISSING_CREDENTIALS("missing-credentials", "Missing credentials", 422),
    /** A stored secret the request would use cannot be decrypted with the current vault key. */
    UNREADABLE_SECRET("unreadable-secret", "Stored secret cannot be decrypted", 422),
    /** A saved prompt version names a custom provider that has been deleted since. */
    CUSTOM_PROVIDER_GONE("custom-provider-gone", "Custom provider deleted", 422),
    /** The provider is not in SWITCHBOARD_ALLOWED_PROVIDERS. */
    PROVIDER_NOT_ALLOWED("provider-not-allowed", "Provider not allowed", 403),
    /** A request-supplied base URL or endpoint would receive a server-held credential. */
    EGRESS_REFUSED("egress-refused", "Endpoint override refused", 403),

    // Upstream (provider) kinds. UpstreamStatus is the one table that picks them from an upstream reply.
    /** The provider refused the credentials (401/403): our gateway failed, not the client's request. */
    UPSTREAM_AUTHENTICATION("upstream-authentication", "Upstream authentication failed", 502),
    /** The provider does not know the model or resource the request named. */
    MODEL_NOT_FOUND("model-not-found", "Model not found", 404),
    /** The provider rejected the request as invalid (400/413/422). */
    UPSTREAM_REJECTED("upstream-rejected", "Upstream rejected the request", 400),
    UPSTREAM_RATE_LIMITED("upstream-rate-limited", "Upstream rate limit reached", 429),
    UPSTREAM_TIMEOUT("upstream-timeout", "Upstream timed out", 504),
    /** The provider says it is overloaded or down for now (503, 529): retry later. */
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Upstream unavailable", 503),
    /** The provider failed (other 5xx, unexpected statuses, connection failures). */
    UPSTREAM_ERROR("upstream-error", "Upstream error", 502),
    /** The provider answered something we cannot read: a malformed or oversized stream. */
    UPSTREAM_PROTOCOL("upstream-protocol", "Upstream protocol error", 502);

    public static final String PREFIX = "urn:switchboard:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** Whether the problem is about a provider's reply rather than the request to Switchboard. */
    public boolean upstream() {
        return slug.startsWith("upstream-") || this == MODEL_NOT_FOUND;
    }

    /** The generic type for an HTTP status that has no more specific kind. */
    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON && !type.upstream()) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
