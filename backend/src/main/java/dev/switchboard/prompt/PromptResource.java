package dev.switchboard.prompt;

import dev.switchboard.common.problem.ProblemDetail;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Saved prompts over HTTP: prompts, their immutable versions, tags, and rendering. Invoking a version is
 * {@code POST /prompts/{name}/invocations}, served with the other invocations (package {@code invocation}).
 */
@Path("/prompts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prompts", description = "Saved prompts: immutable numbered versions (an invocation without credentials, "
        + "its messages templates), tags that move between versions, rendering with variables")
public class PromptResource {

    private final PromptService service;

    PromptResource(PromptService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List prompts", description = "Sorted by name; search matches part of the name, ignoring case.")
    @APIResponse(responseCode = "200", description = "One page of prompts",
            content = @Content(schema = @Schema(implementation = PromptList.class)))
    @APIResponse(responseCode = "422", description = "limit or offset out of range", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<PromptList> list(@QueryParam("search") @Parameter(description = "Part of the name") String search,
                                @QueryParam("limit") @Parameter(description = "1-200, default 50") Integer limit,
                                @QueryParam("offset") @Parameter(description = "Prompts to skip, default 0") Integer offset) {
        return service.list(search, limit, offset);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a prompt", description = "With version 1 when the body has a version.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PromptView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<Response> create(@NotNull PromptInput body, UriInfo uri) {
        return service.create(body).map(created -> Response.created(
                uri.getAbsolutePathBuilder().path(created.name()).build()).entity(created).build());
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "A prompt")
    @APIResponse(responseCode = "200", description = "The prompt", content = @Content(schema = @Schema(implementation = PromptView.class)))
    @APIResponse(responseCode = "404", description = "No such prompt", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<PromptView> get(@PathParam("name") String name) {
        return service.get(name);
    }

    @PATCH
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a prompt or change its description", description = "Versions never change.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PromptView.class)))
    @APIResponse(responseCode = "404", description = "No such prompt", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The new name is taken", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<PromptView> patch(@PathParam("name") String name, @NotNull PromptPatch body) {
        return service.patch(name, body);
    }

    @DELETE
    @Path("/{name}")
    @Operation(summary = "Delete a prompt", description = "With its versions, tags and tag history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such prompt", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<Void> delete(@PathParam("name") String name) {
        return service.delete(name);
    }

    @GET
    @Path("/{name}/versions")
    @Operation(summary = "The versions of a prompt", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PromptVersionView.class)))
    public Uni<List<PromptVersionView>> versions(@PathParam("name") String name) {
        return service.versions(name);
    }

    @POST
    @Path("/{name}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a new version", description = "Numbered after the latest. Checked as an invocation "
            + "would be (provider, model, messages, parameters, headers); templates are parsed and their variables "
            + "listed. Never credentials or connection.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = PromptVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such prompt", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<Response> createVersion(@PathParam("name") String name, @NotNull PromptVersionInput body, UriInfo uri) {
        return service.createVersion(name, body).map(saved -> Response.created(
                uri.getAbsolutePathBuilder().path(String.valueOf(saved.number())).build()).entity(saved).build());
    }

    @GET
    @Path("/{name}/versions/{number}")
    @Operation(summary = "One version", description = "By number, or latest.")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = PromptVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such prompt or version", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<PromptVersionView> version(@PathParam("name") String name,
                                          @PathParam("number") @Parameter(description = "A version number, or latest") String number) {
        return Uni.createFrom().deferred(() -> service.version(name, number));
    }

    @GET
    @Path("/{name}/tags")
    @Operation(summary = "The tags of a prompt")
    @APIResponse(responseCode = "200", description = "The tags, by name", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PromptTagView.class)))
    public Uni<List<PromptTagView>> tags(@PathParam("name") String name) {
        return service.tags(name);
    }

    @GET
    @Path("/{name}/tags/{tag}")
    @Operation(summary = "The version a tag points at")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = PromptVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such prompt or tag", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<PromptVersionView> tagged(@PathParam("name") String name, @PathParam("tag") String tag) {
        return service.tagged(name, tag);
    }

    @PUT
    @Path("/{name}/tags/{tag}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Point a tag at a version", description = "Creates the tag or moves it, in one transaction; "
            + "every move is kept in the tag's history.")
    @APIResponse(responseCode = "200", description = "The tag", content = @Content(schema = @Schema(implementation = PromptTagView.class)))
    @APIResponse(responseCode = "404", description = "No such prompt or version", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Invalid tag name or no version given", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<PromptTagView> moveTag(@PathParam("name") String name, @PathParam("tag") String tag, TagMove body) {
        return service.moveTag(name, tag, body);
    }

    @DELETE
    @Path("/{name}/tags/{tag}")
    @Operation(summary = "Delete a tag", description = "The deletion is kept in the tag's history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such prompt or tag", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<Void> deleteTag(@PathParam("name") String name, @PathParam("tag") String tag) {
        return service.deleteTag(name, tag);
    }

    @GET
    @Path("/{name}/tags/{tag}/history")
    @Operation(summary = "Where a tag pointed over time", description = "Newest first; version null: deleted.")
    @APIResponse(responseCode = "200", description = "The moves", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = TagHistoryEntry.class)))
    public Uni<List<TagHistoryEntry>> history(@PathParam("name") String name, @PathParam("tag") String tag) {
        return service.history(name, tag);
    }

    @POST
    @Path("/{name}/render")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render a version", description = "The version (by number, by tag, or the latest) with its "
            + "variables filled in, and its model configuration: what a script sends with its own SDK.")
    @APIResponse(responseCode = "200", description = "The rendered prompt", content = @Content(schema = @Schema(implementation = RenderedPrompt.class)))
    @APIResponse(responseCode = "404", description = "No such prompt, version or tag", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Missing variables (each listed), or both version and tag",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<RenderedPrompt> render(@PathParam("name") String name, PromptSelection body) {
        return service.render(name, body == null ? new PromptSelection(null, null, null) : body);
    }
}
