package dev.switchboard.customprovider.api;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.customprovider.CustomProviderInput;
import dev.switchboard.customprovider.CustomProviderPatch;
import dev.switchboard.customprovider.CustomProviderService;
import dev.switchboard.customprovider.CustomProviderView;
import dev.switchboard.gateway.ConnectionTestResult;
import dev.switchboard.gateway.ConnectionTests;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import java.util.UUID;

/** Custom providers over HTTP: named credentials and routing, stored encrypted; secrets go in, never come out. */
@Path("/custom-providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Custom providers", description = "Named provider configurations (sdk, address, credentials, headers, "
        + "API type) used instead of a built-in provider with customProviderId. Secret fields are write-only.")
public class CustomProviderResource {

    private final CustomProviderService service;
    private final ConnectionTests tests;

    CustomProviderResource(CustomProviderService service, ConnectionTests tests) {
        this.service = service;
        this.tests = tests;
    }

    @GET
    @Operation(summary = "List custom providers", description = "Sorted by name; never a secret value.")
    @APIResponse(responseCode = "200", description = "The custom providers",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CustomProviderView.class)))
    public Uni<List<CustomProviderView>> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a custom provider", description = "Secret fields are stored encrypted under "
            + "SWITCHBOARD_SECRET, bound to this provider and field.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CustomProviderView.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The name is taken (regardless of case)", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<Response> create(@NotNull CustomProviderInput body, UriInfo uri) {
        return service.create(body).map(created -> Response.created(
                uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build());
    }

    @POST
    @Path("/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Test a configuration before saving it", description = "The body of a create (name "
            + "optional). Makes one cheap real call within 10 s: the provider's model list, or for Bedrock a "
            + "minimal request whose \"no such model\" answer proves the credentials. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The result; ok is false when the provider refused or could not"
            + " be reached", content = @Content(schema = @Schema(implementation = ConnectionTestResult.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<ConnectionTestResult> testUnsaved(@NotNull CustomProviderInput body) {
        return Uni.createFrom().deferred(() -> tests.test(service.unsaved(body)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A custom provider")
    @APIResponse(responseCode = "200", description = "The custom provider",
            content = @Content(schema = @Schema(implementation = CustomProviderView.class)))
    @APIResponse(responseCode = "404", description = "No custom provider has this id", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<CustomProviderView> get(@PathParam("id") @Parameter(description = "The custom provider's id") UUID id) {
        return service.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a custom provider", description = "Fields given replace the stored ones; config, "
            + "when given, is the whole configuration, but secret fields left out keep their stored values. Changing "
            + "where secrets are sent (baseUrl, azureEndpoint, endpointUrl, authorityHost) or the sdk (openai and "
            + "azure_openai only) needs the secrets again.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = CustomProviderView.class)))
    @APIResponse(responseCode = "404", description = "No custom provider has this id", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The new name is taken (regardless of case)", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<CustomProviderView> update(@PathParam("id") @Parameter(description = "The custom provider's id") UUID id,
                                          @NotNull CustomProviderPatch body) {
        return service.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a custom provider", description = "Works for unreadable ones too.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No custom provider has this id", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<Void> delete(@PathParam("id") @Parameter(description = "The custom provider's id") UUID id) {
        return service.delete(id);
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Test a saved custom provider", description = "Like testing before saving, with the "
            + "stored configuration and secrets.")
    @APIResponse(responseCode = "200", description = "The result; ok is false when the provider refused or could not"
            + " be reached", content = @Content(schema = @Schema(implementation = ConnectionTestResult.class)))
    @APIResponse(responseCode = "404", description = "No custom provider has this id", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<ConnectionTestResult> testSaved(@PathParam("id") @Parameter(description = "The custom provider's id") UUID id) {
        return service.find(id).flatMap(tests::test);
    }

    @GET
    @Path("/{id}/models")
    @Operation(summary = "Suggested models of a custom provider", description = "Those of the built-in provider of "
            + "its sdk; a suggestion, not a gate: invocations accept any model name.")
    @APIResponse(responseCode = "200", description = "The models",
            content = @Content(schema = @Schema(implementation = CustomProviderModels.class)))
    @APIResponse(responseCode = "404", description = "No custom provider has this id", content = @Content(
            mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<CustomProviderModels> models(@PathParam("id") @Parameter(description = "The custom provider's id") UUID id) {
        return service.find(id).map(provider -> new CustomProviderModels(id, service.definition(provider).models()));
    }
}
