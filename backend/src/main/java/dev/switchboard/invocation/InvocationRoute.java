package dev.switchboard.invocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.common.problem.Problems;
import dev.switchboard.common.web.Contexts;
import dev.switchboard.common.web.RequestJson;
import dev.switchboard.common.web.RequestSizeLimit;
import dev.switchboard.gateway.InvocationResult;
import dev.switchboard.gateway.InvocationService;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.prompt.PromptInvocationRequest;
import dev.switchboard.prompt.PromptService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * {@code POST /api/v1/invocations} and {@code POST /api/v1/prompts/{name}/invocations} (a saved version, its
 * variables filled in), served on the Vert.x router rather than the REST layer. With
 * {@code Accept: text/event-stream}: the REST layer would commit the SSE status line before the stream
 * has anything to say; here the status waits for the provider's answer, so refusals before the first
 * event are ordinary problem+json responses, and events are written as they arrive with the response's
 * own back-pressure (see {@link SseStreamWriter}). With JSON (or no preference): the events aggregated
 * into one result, on the same path, without the REST layer's per-request work on the hot path.
 * Requests that accept neither go on to {@link InvocationResource}, which documents both and answers
 * them 406.
 */
@Singleton
class InvocationRoute {

    static final String PATH = "/api/v1/invocations";
    static final String PROMPT_PATH = "/api/v1/prompts/:name/invocations";
    private static final String JSON = "application/json";
    private static final String JSON_UTF8 = JSON + ";charset=UTF-8";

    /** Turns a request body into a prepared invocation; may throw for a body it cannot read. */
    @FunctionalInterface
    private interface Preparer {
        Uni<InvocationService.Prepared> prepare(RoutingContext rc, byte[] body, boolean wholeAnswer) throws Exception;
    }

    private final InvocationService service;
    private final PromptService prompts;
    private final ObjectMapper json;
    private final ObjectReader requestReader;
    private final ObjectReader promptReader;
    private final RequestSizeLimit sizeLimit;

    InvocationRoute(InvocationService service, PromptService prompts, ObjectMapper json, RequestJson requestJson,
                    RequestSizeLimit sizeLimit) {
        this.service = service;
        this.prompts = prompts;
        this.json = json;
        this.requestReader = requestJson.readerFor(InvocationRequest.class);
        this.promptReader = requestJson.readerFor(PromptInvocationRequest.class);
        this.sizeLimit = sizeLimit;
    }

    void register(@Observes Router router) {
        router.post(PATH).order(-1).handler(rc -> handle(rc, this::invocation));
        router.post(PROMPT_PATH).order(-1).handler(rc -> handle(rc, this::promptInvocation));
    }

    /** {@code POST /invocations}: the body is the invocation; validation is the service's (it needs the provider). */
    private Uni<InvocationService.Prepared> invocation(RoutingContext rc, byte[] body, boolean wholeAnswer)
            throws java.io.IOException {
        InvocationRequest request = requestReader.readValue(body);
        if (request == null) {
            throw new ProblemException(ProblemType.VALIDATION, "The request body is empty; send the invocation as JSON.");
        }
        return service.prepare(request, wholeAnswer);
    }

    /** {@code POST /prompts/{name}/invocations}: a saved version, its variables filled in. */
    private Uni<InvocationService.Prepared> promptInvocation(RoutingContext rc, byte[] body, boolean wholeAnswer)
            throws java.io.IOException {
        PromptInvocationRequest request = body.length == 0 ? null : promptReader.readValue(body);
        PromptInvocationRequest given = request == null ? PromptInvocationRequest.LATEST : request;
        return prompts.invocation(rc.pathParam("name"), given)
                .flatMap(call -> service.prepare(call.request(), call.prompt(), wholeAnswer));
    }

    private void handle(RoutingContext rc, Preparer preparer) {
        HttpServerRequest request = rc.request();
        String accept = request.getHeader("Accept");
        boolean eventStream = wantsEventStream(accept);
        if (!eventStream && !wantsJson(accept)) {
            rc.next();
            return;
        }
        HttpServerResponse response = rc.response();
        String path = request.path();
        String contentType = request.getHeader("Content-Type");
        if (contentType == null || !contentType.regionMatches(true, 0, JSON, 0, JSON.length())) {
            Problems.write(response, Problems.unsupportedMediaType(contentType, path), json);
            return;
        }
        Context context = Vertx.currentContext();
        Buffer read = RequestSizeLimit.bodyOf(rc);
        if (read != null) { // a body without a declared length, read within the limit already
            invoke(rc, preparer, read, eventStream, context);
        } else {
            sizeLimit.read(request, body -> invoke(rc, preparer, body, eventStream, context));
        }
    }

    /** Reads the body strictly typed and prepares the call; answers with a problem when either fails. */
    private void invoke(RoutingContext rc, Preparer preparer, Buffer body, boolean eventStream, Context context) {
        HttpServerResponse response = rc.response();
        String path = rc.request().path();
        Uni<InvocationService.Prepared> preparing;
        try {
            preparing = preparer.prepare(rc, body.getBytes(), !eventStream);
        } catch (Exception e) {
            Problems.write(response, Problems.from(e, path), json);
            return;
        }
        preparing.subscribe().with(
                prepared -> {
                    if (eventStream) {
                        SseStreamWriter.stream(prepared.start(), prepared.events(), response, context, json,
                                failure -> problem(failure, prepared, path), path);
                    } else {
                        answer(prepared, response, context, path);
                    }
                },
                failure -> context.runOnContext(x -> {
                    if (!response.closed()) {
                        Problems.write(response, Problems.from(failure, path), json);
                    }
                }));
    }

    /** The whole answer as one JSON result; a client that goes away cancels the upstream call. */
    private void answer(InvocationService.Prepared prepared, HttpServerResponse response, Context context, String path) {
        if (response.closed()) {
            return; // the client left while the invocation was being prepared: do not call the provider
        }
        Cancellable call = prepared.result().subscribe().with(
                result -> Contexts.runOn(context, () -> end(response, result, path)),
                failure -> Contexts.runOn(context, () -> {
                    if (!response.closed()) {
                        Problems.write(response, problem(failure, prepared, path), json);
                    }
                }));
        response.closeHandler(v -> call.cancel());
    }

    private void end(HttpServerResponse response, InvocationResult result, String path) {
        if (response.closed()) {
            return;
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            Problems.write(response, Problems.from(e, path), json);
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8).end(Buffer.buffer(bytes));
    }

    private static ProblemDetail problem(Throwable failure, InvocationService.Prepared prepared, String path) {
        return Problems.from(failure, path).withInvocationId(prepared.start().invocationId());
    }

    static boolean wantsEventStream(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
    }

    /** No Accept, or one that takes JSON (application/json, application/*, *&#47;*). */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String types = accept.toLowerCase(Locale.ROOT);
        return types.contains("application/json") || types.contains("application/*") || types.contains("*/*");
    }
}
