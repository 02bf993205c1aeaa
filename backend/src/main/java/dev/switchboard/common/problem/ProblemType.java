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
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    /** A credential the provider needs is in neither the request, the vault, the environment nor an ambient chain. */
    MISSING_CREDENTIALS("missing-credentials", "Missing credentials", 422),
    /** A stored secret the request would use cannot be decrypted with the current vault key. */
    UNREADABLE_SECRET("unreadable-secret", "Stored secret cannot be decrypted", 422),
    /** The provider is not in SWITCHBOARD_ALLOWED_PROVIDERS. */
    PROVIDER_NOT_ALLOWED("provider-not-allowed", "Provider not allowed", 403),
    /** A request-supplied base URL or endpoint would receive a server-held credential. */
    EGRESS_REFUSED("egress-refused", "Endpoint override refused", 403);

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

    /** The generic type for an HTTP status that has no more specific kind. */
    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
