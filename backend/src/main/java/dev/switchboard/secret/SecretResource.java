package dev.switchboard.secret;

import dev.switchboard.common.problem.ProblemDetail;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The secrets vault over HTTP. Values go in, never come out. */
@Path("/secrets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Secrets", description = "Provider credentials stored encrypted on the server, named like the"
        + " environment variables they stand for. Values are write-only.")
public class SecretResource {

    private final SecretService service;

    SecretResource(SecretService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List stored secrets", description = "Names, status and update times, sorted by key;"
            + " never the values. A value that no configured key opens is listed as unreadable.")
    @APIResponse(responseCode = "200", description = "The stored secrets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SecretSummary.class)))
    public Uni<List<SecretSummary>> list() {
        return service.list();
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a secret", description = "Stores the trimmed value encrypted under"
            + " the current SWITCHBOARD_SECRET. Overwriting an unreadable secret is allowed.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = SecretSummary.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Bad key name, or an empty value", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<SecretSummary> put(
            @PathParam("key") @Pattern(regexp = SecretKeyName.REGEX, message = SecretKeyName.RULE)
            @Parameter(description = "The secret's name, e.g. OPENAI_API_KEY",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + SecretKeyName.REGEX + "$")) String key,
            @Valid @NotNull SecretValue body) {
        return service.put(key, body.value());
    }

    @DELETE
    @Path("/{key}")
    @Operation(summary = "Delete a secret", description = "Works for unreadable secrets too.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No secret has this key", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Bad key name", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<Void> delete(
            @PathParam("key") @Pattern(regexp = SecretKeyName.REGEX, message = SecretKeyName.RULE)
            @Parameter(description = "The secret's name",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + SecretKeyName.REGEX + "$")) String key) {
        return service.delete(key);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store and delete several secrets at once", description = "In one transaction: an entry"
            + " with a value creates or replaces, a null value deletes (a missing key is skipped). Every entry is"
            + " checked first; if one is invalid, nothing changes.")
    @APIResponse(responseCode = "200", description = "Applied",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "An entry is invalid or a key repeats; nothing was changed",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<BatchResult> batch(@Valid @NotNull SecretBatch body) {
        return service.apply(body.secrets());
    }

    @POST
    @Path("/rotate")
    @Operation(summary = "Re-encrypt every secret under the current key", description = "Values that open with"
            + " SWITCHBOARD_SECRET or one of SWITCHBOARD_SECRET_PREVIOUS are re-encrypted with SWITCHBOARD_SECRET,"
            + " in one transaction; unreadable ones are counted and left alone.")
    @APIResponse(responseCode = "200", description = "Rotated",
            content = @Content(schema = @Schema(implementation = RotationResult.class)))
    public Uni<RotationResult> rotate() {
        return service.rotate();
    }
}
