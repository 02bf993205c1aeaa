package dev.switchboard.common.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Test-only endpoints that fail in each way the problem mappers handle; hidden from the contract. */
@Path("/test-probe")
public class ProblemProbeResource {

    public record Item(@NotBlank String name, @Max(10) int count) {
    }

    public record Order(@NotNull @Size(min = 1) List<@Valid Item> items, @NotBlank String customer) {
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Order echo(@Valid @NotNull Order order) {
        return order;
    }

    @GET
    @Path("/boom")
    @Operation(hidden = true)
    public String boom() {
        throw new IllegalStateException("internal detail: dev.switchboard.Secret sk-should-not-leak");
    }

    @GET
    @Path("/gone")
    @Operation(hidden = true)
    public String gone() {
        throw ProblemException.notFound("No order named 'x'.");
    }

    @GET
    @Path("/rate-limited")
    @Operation(hidden = true)
    public String rateLimited() {
        throw dev.switchboard.upstream.http.UpstreamStatus.fromStatus("openai", 429, "12",
                "Rate limit reached for sk-proj-abcdefghijkl", dev.switchboard.upstream.http.Scrubber.none());
    }

    @GET
    @Path("/bad-headers")
    @Operation(hidden = true)
    public String badHeaders() {
        dev.switchboard.upstream.http.HeaderRules.validate(java.util.Map.of("Authorization", "Bearer sk-user"));
        return "unreachable";
    }
}
