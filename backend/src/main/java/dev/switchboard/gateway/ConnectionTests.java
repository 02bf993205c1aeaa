package dev.switchboard.gateway;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.credential.CustomProviderCredentials;
import dev.switchboard.customprovider.CustomProvider;
import dev.switchboard.customprovider.CustomProviderService;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.upstream.UpstreamCall;
import dev.switchboard.upstream.UpstreamClient;
import dev.switchboard.upstream.http.UpstreamException;
import dev.switchboard.upstream.http.UpstreamHttp;
import dev.switchboard.upstream.http.UpstreamStatus;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Tests a custom provider's address and credentials with one cheap real call: the provider's model list,
 * or, where the protocol has none (Bedrock's runtime API), a one-token invocation of a model that does
 * not exist, whose "no such model" answer comes only after the credentials were accepted. Bounded by
 * {@link #LIMIT}; a refusal, an unreachable host or a time-out is a result ({@code ok: false}), with the
 * provider's message scrubbed of every credential.
 */
@Singleton
public class ConnectionTests {

    static final Duration LIMIT = Duration.ofSeconds(10);
    /** A model id no provider serves: the probe wants the credentials checked, not a model run. */
    static final String PROBE_MODEL = "switchboard-connection-test";

    private final CustomProviderService customProviders;
    private final CustomProviderCredentials credentials;
    private final InvocationService invocations;
    private final UpstreamHttp http;

    ConnectionTests(CustomProviderService customProviders, CustomProviderCredentials credentials,
                    InvocationService invocations, UpstreamHttp http) {
        this.customProviders = customProviders;
        this.credentials = credentials;
        this.invocations = invocations;
        this.http = http;
    }

    public Uni<ConnectionTestResult> test(CustomProvider provider) {
        ProviderDefinition definition = customProviders.definition(provider);
        UpstreamClient client = invocations.clientFor(definition);
        return credentials.resolve(provider, definition)
                .flatMap(resolved -> probe(client, call(definition, resolved, provider)))
                .ifNoItem().after(LIMIT).failWith(() -> UpstreamStatus.timeout(definition.displayName(),
                        "did not answer the connection test", LIMIT))
                .onFailure(ProblemException.class).recoverWithItem(failure -> failed((ProblemException) failure));
    }

    private Uni<ConnectionTestResult> probe(UpstreamClient client, UpstreamCall call) {
        return client.modelsRequest(call)
                .map(models -> http.body(models).map(body -> new ConnectionTestResult(true, 200, null)))
                .orElseGet(() -> client.stream(call).toUni()
                        .map(first -> new ConnectionTestResult(true, 200, null))
                        .onFailure(ConnectionTests::noSuchModel)
                        .recoverWithItem(failure -> new ConnectionTestResult(true,
                                ((UpstreamException) failure).upstreamStatus(), null)));
    }

    /** A refusal of the probe's made-up model, which the provider gives only to credentials it accepted. */
    private static boolean noSuchModel(Throwable failure) {
        if (!(failure instanceof UpstreamException upstream) || upstream.upstreamStatus() == null) {
            return false;
        }
        int status = upstream.upstreamStatus();
        String detail = upstream.detail().toLowerCase(Locale.ROOT);
        return (status == 400 || status == 404) && (detail.contains("model") || detail.contains("deployment"));
    }

    private static ConnectionTestResult failed(ProblemException failure) {
        Integer status = failure instanceof UpstreamException upstream ? upstream.upstreamStatus() : null;
        return new ConnectionTestResult(false, status, failure.detail());
    }

    private static UpstreamCall call(ProviderDefinition definition, ResolvedCredentials resolved, CustomProvider provider) {
        InvocationRequest probe = new InvocationRequest(null, provider.id(), PROBE_MODEL, null,
                List.of(new InvocationRequest.Message(InvocationRequest.Role.user, "ping", null, null)), null, null, null,
                new InvocationRequest.Parameters(null, 1, null, null, null, null, null, null, null), null, null, null);
        ApiType apiType = definition.apiTypes().contains(ApiType.CHAT_COMPLETIONS) ? ApiType.CHAT_COMPLETIONS
                : definition.defaultApiType();
        return new UpstreamCall(UUID.randomUUID().toString(), probe, apiType, resolved, provider.settings().headers(), true);
    }
}
