package dev.switchboard.invocation;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.gateway.InvocationResult;
import dev.switchboard.gateway.InvocationService;
import dev.switchboard.model.InvocationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Documents {@code POST /api/v1/invocations}: {@link InvocationRoute} serves it on the Vert.x router
 * for every request that accepts JSON or server-sent events. What reaches this resource accepts
 * neither, and the REST layer answers it 406 before the method runs; the method does what the route
 * does for JSON, so the resource stays correct on its own.
 */
@Path("/invocations")
@Tag(name = "Invocations", description = "Call a model and stream its answer")
public class InvocationResource {

    private final InvocationService service;

    InvocationResource(InvocationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "Invoke a model",
            description = "With Accept: text/event-stream the answer streams as server-sent events named start, "
                    + "text, reasoning, tool_call, usage, finish and error (JSON data; every stream ends with one "
                    + "finish or error). A tool_call may carry a thoughtSignature (Gemini); send it back in the "
                    + "assistant message's toolCalls[].thoughtSignature when replaying the conversation. "
                    + "With Accept: application/json the events are aggregated into one result. "
                    + "Failures before the stream starts (validation, credentials, the provider's own refusal) "
                    + "are problem+json responses.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InvocationResult.class)),
                    @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(type = SchemaType.STRING,
                                    description = "event: <name>\\ndata: <JSON>\\n\\n per event"))})
    @APIResponse(responseCode = "400", description = "Malformed request or rejected by the provider",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", description = "Provider not allowed, or egress refused",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Invalid request or missing credentials",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "502", description = "The provider failed or refused our credentials",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<InvocationResult> invoke(@NotNull InvocationRequest request) {
        return service.prepare(request, true).flatMap(InvocationService.Prepared::result);
    }
}
