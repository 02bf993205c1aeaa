package dev.switchboard.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem, the body of every error response ({@code application/problem+json}).
 * Members after {@code instance} are extensions, present only where they apply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemDetail(
        @Schema(description = "URI naming the kind of problem: urn:switchboard:problem:<slug>",
                examples = "urn:switchboard:problem:not-found") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong in this occurrence, for people") String detail,
        @Schema(description = "The request path this occurrence is about") String instance,
        @Schema(description = "Invalid fields of the request, for validation problems") List<FieldError> errors,
        @Schema(description = "Identifier of a server error in the server's log") String errorId,
        @Schema(description = "The upstream provider the problem came from", examples = "openai") String provider,
        @Schema(description = "HTTP status the upstream provider answered with") Integer upstreamStatus,
        @Schema(description = "The invocation this problem ended") String invocationId,
        @Schema(description = "Seconds to wait before retrying, as the provider asked; also sent as Retry-After")
        Long retryAfter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid part of a request: a JSON path such as {@code parameters.temperature}, and why. */
    public record FieldError(String field, String message) {
    }

    public static ProblemDetail of(ProblemType type, String detail, String instance) {
        return of(type.uri(), type.title(), type.status(), detail, instance);
    }

    static ProblemDetail of(String type, String title, int status, String detail, String instance) {
        return new ProblemDetail(type, title, status, detail, instance, null, null, null, null, null, null);
    }

    public ProblemDetail withInstance(String path) {
        return new ProblemDetail(type, title, status, detail, path, errors, errorId,
                provider, upstreamStatus, invocationId, retryAfter);
    }

    public ProblemDetail withErrors(List<FieldError> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, instance, fieldErrors, errorId,
                provider, upstreamStatus, invocationId, retryAfter);
    }

    public ProblemDetail withErrorId(String id) {
        return new ProblemDetail(type, title, status, detail, instance, errors, id,
                provider, upstreamStatus, invocationId, retryAfter);
    }

    public ProblemDetail withProvider(String name) {
        return new ProblemDetail(type, title, status, detail, instance, errors, errorId,
                name, upstreamStatus, invocationId, retryAfter);
    }

    public ProblemDetail withUpstreamStatus(Integer httpStatus) {
        return new ProblemDetail(type, title, status, detail, instance, errors, errorId,
                provider, httpStatus, invocationId, retryAfter);
    }

    public ProblemDetail withInvocationId(String id) {
        return new ProblemDetail(type, title, status, detail, instance, errors, errorId,
                provider, upstreamStatus, id, retryAfter);
    }

    public ProblemDetail withRetryAfter(Long seconds) {
        return new ProblemDetail(type, title, status, detail, instance, errors, errorId,
                provider, upstreamStatus, invocationId, seconds);
    }
}
