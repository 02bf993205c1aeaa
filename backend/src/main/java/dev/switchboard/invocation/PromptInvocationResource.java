package dev.switchboard.invocation;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.gateway.InvocationResult;
import dev.switchboard.gateway.InvocationService;
import dev.switchboard.prompt.PromptInvocationRequest;
import dev.switchboard.prompt.PromptService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Documents {@code POST /api/v1/prompts/{name}/invocations}, which {@link InvocationRoute} serves like
 * {@code /invocations}; what reaches this resource accepts neither JSON nor server-sent events (406).
 */
@Path("/prompts/{name}/invocations")
@Tag(name = "Prompts")
public class PromptInvocationResource {

    private final PromptService prompts;
    private final InvocationService service;

    PromptInvocationResource(PromptService prompts, InvocationService service) {
        this.prompts = prompts;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "Invoke a saved prompt",
            description = "The version (by number, by tag, or the latest) with its variables filled in, streamed or "
                    + "answered exactly like POST /invocations; the start event (and the JSON result) names the prompt, "
                    + "version and tag. Parameters given here override the version's, field by field; credentials are "
                    + "for a built-in provider, as with /invocations.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InvocationResult.class)),
                    @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(type = SchemaType.STRING,
                                    description = "event: <name>\\ndata: <JSON>\\n\\n per event"))})
    @APIResponse(responseCode = "404", description = "No such prompt, version or tag",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Missing variables (each listed), both version and tag, the "
            + "version's custom provider deleted (custom-provider-gone), or missing credentials",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "502", description = "The provider failed or refused our credentials",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<InvocationResult> invoke(@PathParam("name") String name, PromptInvocationRequest request) {
        PromptInvocationRequest given = request == null ? PromptInvocationRequest.LATEST : request;
        return prompts.invocation(name, given)
                .flatMap(call -> service.prepare(call.request(), call.prompt(), true))
                .flatMap(InvocationService.Prepared::result);
    }
}
