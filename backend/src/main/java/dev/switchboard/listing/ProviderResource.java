package dev.switchboard.listing;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.credential.CredentialStatus;
import dev.switchboard.credential.ProviderCredentialStatus;
import dev.switchboard.credential.ServerHeldCredentials;
import dev.switchboard.model.InvocationParameter;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.provider.ProviderCatalogue;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The built-in provider catalogue, with what the server already holds for each provider. */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Built-in LLM providers, their credentials and suggested models")
public class ProviderResource {

    private final ProviderCatalogue catalogue;
    private final ServerHeldCredentials serverHeld;

    ProviderResource(ProviderCatalogue catalogue, ServerHeldCredentials serverHeld) {
        this.catalogue = catalogue;
        this.serverHeld = serverHeld;
    }

    @GET
    @Operation(summary = "List built-in providers",
            description = "Providers this server offers (SWITCHBOARD_ALLOWED_PROVIDERS hides the others), with "
                    + "where the server holds each credential. Values are never returned.")
    @APIResponse(responseCode = "200", description = "The providers, in catalogue order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProviderView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "500", description = "Unexpected error",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Uni<List<ProviderView>> list() {
        List<ProviderDefinition> offered = catalogue.offered();
        return serverHeld.status(offered)
                .map(status -> offered.stream().map(provider -> view(provider, status)).toList());
    }

    @GET
    @Path("/{key}/models")
    @Operation(summary = "Suggested models of a provider",
            description = "A suggestion, not a gate: invocations accept any model name.")
    @APIResponse(responseCode = "200", description = "The models",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelList.class)))
    @APIResponse(responseCode = "404", description = "No such provider, or not offered by this server",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ModelList models(@Parameter(description = "Provider key, case-insensitive", example = "OPENAI")
                            @PathParam("key") String key) {
        ProviderDefinition provider = catalogue.findOffered(key)
                .orElseThrow(() -> ProblemException.notFound("This server offers no provider '" + key + "'."));
        return new ModelList(provider.key(), provider.models());
    }

    private static ProviderView view(ProviderDefinition provider, Map<String, ProviderCredentialStatus> status) {
        ProviderCredentialStatus held = status.get(provider.key());
        List<CredentialView> credentials = provider.credentials().stream().map(spec -> {
            CredentialStatus credential = held.credentials().stream()
                    .filter(c -> c.name().equals(spec.name())).findFirst().orElseThrow();
            return new CredentialView(spec.name(), spec.kind().name().toLowerCase(Locale.ROOT),
                    credential.required(), spec.fallbacks(), credential.sources());
        }).toList();
        return new ProviderView(provider.key(), provider.displayName(), provider.sdk(), provider.apiTypes(),
                provider.defaultApiType(), credentials, held.credentialsSet(), provider.defaultBaseUrl(),
                provider.baseUrlVariable(), provider.sdk().parameters(), provider.parametersByApiType(), provider.sdk().maxTemperature(),
                provider.sdk().connection(), provider.models());
    }
}
