package dev.switchboard.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


/** Every exception that leaves a resource becomes an RFC 9457 problem. */
public class ProblemMappers {

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(path(uri)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problems.from(e, path(uri)));
    }

    /** Declared on its own so that it wins over Quarkus' built-in mapper for this subtype. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return respond(Problems.invalid(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (status == 405 && allow == null) {
            allow = allowedMethods.allowFor(path(uri));
        }
        String detail = switch (status) {
            case 404 -> "Nothing is at " + path(uri) + ".";
            case 405 -> "This method is not allowed on " + path(uri)
                    + (allow == null ? "" : "; allowed: " + allow) + ".";
            case 406 -> "None of the accepted media types (" + headers.getHeaderString(HttpHeaders.ACCEPT)
                    + ") can be produced here.";
            case 415 -> Problems.unsupportedMediaType(
                    headers.getMediaType() == null ? null : headers.getMediaType().toString(), path(uri)).detail();
            default -> original.getStatusInfo().getReasonPhrase() + ".";
        };
        ProblemDetail problem = ProblemDetail.of(type.uri(), type.title(), status, detail, path(uri));
        Response.ResponseBuilder response = Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(problem);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    /**
     * Anything else: a database that is down or overloaded is 503 with Retry-After; the unforeseen is
     * logged with an id the client can quote. No class names or traces leave.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return respond(Problems.from(e, path(uri)));
    }

    static Response respond(ProblemDetail problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE)
                .entity(problem);
        String retryAfter = Problems.retryAfterHeader(problem);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
