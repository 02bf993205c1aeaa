package dev.switchboard.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one translation of a failure into a problem, for the REST mappers and for code that writes
 * responses itself (the invocation stream). Unforeseen failures are logged with an id the problem
 * carries; their messages, class names and traces never leave.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    private Problems() {
    }

    public static ProblemDetail from(Throwable failure, String instance) {
        if (failure instanceof ProblemException problem) {
            return problem.problem(instance);
        }
        if (failure instanceof JsonProcessingException json) {
            ProblemDetail malformed = ProblemDetail.of(ProblemType.MALFORMED_JSON, JsonErrorDetail.describe(json), instance);
            ProblemDetail.FieldError field = JsonErrorDetail.fieldError(json);
            return field == null ? malformed : malformed.withErrors(List.of(field));
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return invalid(invalid, instance);
        }
        if (DatabaseUnavailable.causes(failure)) {
            return DatabaseUnavailable.problem(failure, instance);
        }
        return unexpected(failure, instance);
    }

    /** A body in another media type than the JSON every endpoint takes. */
    public static ProblemDetail unsupportedMediaType(String contentType, String instance) {
        return ProblemDetail.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                + (contentType == null ? "(none)" : contentType) + " is not supported here; send application/json.",
                instance);
    }

    /**
     * Whether a response with this status carries {@code Retry-After}: RFC 9110 gives the header meaning
     * on 429 and 503, so only rate-limited and unavailable problems keep the wait a provider asked for.
     */
    public static boolean keepsRetryAfter(int status) {
        return status == 429 || status == 503;
    }

    /** The {@code Retry-After} header to answer the problem with, or null; the body member is for readers of the JSON. */
    public static String retryAfterHeader(ProblemDetail problem) {
        return problem.retryAfter() != null && keepsRetryAfter(problem.status())
                ? String.valueOf(problem.retryAfter()) : null;
    }

    /**
     * Ends a Vert.x response with the problem, for routes outside the REST layer; the same headers
     * as {@link ProblemMappers#respond}.
     */
    public static void write(HttpServerResponse response, ProblemDetail problem, ObjectMapper json) {
        response.setStatusCode(problem.status()).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE);
        String retryAfter = retryAfterHeader(problem);
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter);
        }
        try {
            response.end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            LOG.error("Cannot serialise a problem", e);
            response.setStatusCode(500).end();
        }
    }

    static ProblemDetail invalid(ConstraintViolationException e, String instance) {
        return ProblemException.invalid(fieldErrors(e.getConstraintViolations())).problem(instance);
    }

    /** Bean-validation violations as field errors, each named by the JSON path the client wrote. */
    public static List<ProblemDetail.FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new ProblemDetail.FieldError(field(v.getPropertyPath()), v.getMessage()))
                .toList();
    }

    static ProblemDetail unexpected(Throwable e, String instance) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, instance);
        return ProblemDetail.of(ProblemType.INTERNAL,
                "An unexpected error occurred. Quote error id " + errorId + " when reporting it.", instance)
                .withErrorId(errorId);
    }

    /**
     * The path of the invalid value as the client wrote it: {@code value} or {@code secrets[1].key},
     * without the Java method and body-parameter names that bean validation puts in front.
     */
    static String field(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : propertyPath) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }
}
