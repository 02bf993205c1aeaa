package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;

/**
 * A failed upstream call, already classified and with a detail that has been scrubbed of credentials.
 * Made only by {@link UpstreamStatus} (failures of the call: statuses, timeouts, transport) and
 * {@link StreamErrors} (failures inside a 2xx answer). The problem mappers answer with {@link #problem};
 * the invocation stream puts the same problem in its {@code error} event.
 */
public class UpstreamException extends ProblemException {

    private final String provider;
    private final Integer upstreamStatus;
    private final Long retryAfter;

    UpstreamException(ProblemType type, String detail, String provider, Integer upstreamStatus, Long retryAfter) {
        super(type, detail);
        this.provider = provider;
        this.upstreamStatus = upstreamStatus;
        this.retryAfter = retryAfter;
    }

    /** The same failure, attributed to a provider (parsers and transports do not know which one). */
    public UpstreamException withProvider(String name) {
        return new UpstreamException(type(), detail(), name, upstreamStatus, retryAfter);
    }

    public String provider() {
        return provider;
    }

    public Integer upstreamStatus() {
        return upstreamStatus;
    }

    /** Seconds the provider asked us to wait, or null. */
    public Long retryAfter() {
        return retryAfter;
    }

    @Override
    public ProblemDetail problem(String instance) {
        return super.problem(instance).withProvider(provider).withUpstreamStatus(upstreamStatus)
                .withRetryAfter(retryAfter);
    }
}
