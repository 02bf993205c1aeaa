package dev.switchboard.invocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.common.problem.Problems;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * {@code POST /api/v1/invocations} with {@code Accept: text/event-stream}. Served on the Vert.x
 * router rather than the REST layer, which commits the SSE status line before the stream has
 * anything to say: here the status waits for the provider's answer, so refusals before the first
 * event are ordinary problem+json responses, and events are written as they arrive with the
 * response's own back-pressure (see {@link SseStreamWriter}). Other requests go on to
 * {@link InvocationResource}.
 */
@Singleton
class InvocationStreamRoute {

    static final String PATH = "/api/v1/invocations";

    private final InvocationService service;
    private final ObjectMapper json;
    private final ObjectReader requestReader;
    private final Validator validator;
    private final long maxBodySize;

    InvocationStreamRoute(InvocationService service, ObjectMapper json, Validator validator,
                          @ConfigProperty(name = "switchboard.invocations.max-body-size", defaultValue = "4194304")
                          long maxBodySize) {
        this.service = service;
        this.json = json;
        this.requestReader = json.readerFor(InvocationRequest.class);
        this.validator = validator;
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        router.post(PATH).order(-1).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!wantsEventStream(request.getHeader("Accept"))) {
            rc.next();
            return;
        }
        HttpServerResponse response = rc.response();
        String contentType = request.getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            Problems.write(response, Problems.unsupportedMediaType(contentType, PATH), json);
            return;
        }
        Context context = Vertx.currentContext();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > maxBodySize) {
                request.handler(null);
                Problems.write(response.putHeader("Connection", "close"), ProblemDetail.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + maxBodySize + " bytes.", PATH), json);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> {
            if (!response.ended()) {
                invoke(body, response, context);
            }
        });
    }

    private void invoke(Buffer body, HttpServerResponse response, Context context) {
        InvocationRequest request;
        try {
            request = requestReader.readValue(body.getBytes());
            if (request == null) {
                throw new ProblemException(ProblemType.VALIDATION, "The request body is empty; send the invocation as JSON.");
            }
            Set<ConstraintViolation<InvocationRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        } catch (Exception e) {
            Problems.write(response, Problems.from(e, PATH), json);
            return;
        }
        service.prepare(request, false).subscribe().with(
                prepared -> SseStreamWriter.stream(prepared.start(), prepared.events(), response, context, json,
                        failure -> Problems.from(failure, PATH).withInvocationId(prepared.start().invocationId()),
                        PATH),
                failure -> context.runOnContext(x -> {
                    if (!response.closed()) {
                        Problems.write(response, Problems.from(failure, PATH), json);
                    }
                }));
    }

    static boolean wantsEventStream(String accept) {
        return accept != null && accept.toLowerCase().contains("text/event-stream");
    }
}
