package dev.switchboard.gateway;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.credential.ConnectionOverride;
import dev.switchboard.credential.CredentialRequest;
import dev.switchboard.credential.CredentialResolver;
import dev.switchboard.credential.CustomProviderCredentials;
import dev.switchboard.customprovider.CustomProviderService;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.InvocationRequest;
import dev.switchboard.model.PromptRef;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.model.Sdk;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.upstream.UpstreamCall;
import dev.switchboard.upstream.UpstreamClient;
import dev.switchboard.upstream.http.HeaderRules;
import dev.switchboard.upstream.http.UpstreamConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Prepares an invocation: everything that can be refused before a byte goes upstream (the request's
 * validity ({@link InvocationRules}), provider, API type, custom headers, credentials and the egress
 * guard) fails the returned Uni, so the caller can answer with a plain problem; what remains is the
 * upstream stream itself.
 */
@Singleton
public class InvocationService {

    /** A checked invocation, ready to call the provider when {@link #events()} is subscribed. */
    public record Prepared(InvocationEvent.Start start, Multi<InvocationEvent> events) {

        /** The events folded into one result (JSON mode). */
        public Uni<InvocationResult> result() {
            return events.collect().in(() -> new InvocationAggregate(start), InvocationAggregate::add)
                    .map(InvocationAggregate::result);
        }
    }

    private final ProviderCatalogue catalogue;
    private final CredentialResolver resolver;
    private final InvocationRules rules;
    private final List<UpstreamClient> clients;
    private final boolean wholeAnswers;
    private final CustomProviderService customProviders;
    private final CustomProviderCredentials customCredentials;

    InvocationService(ProviderCatalogue catalogue, CredentialResolver resolver, InvocationRules rules,
                      Instance<UpstreamClient> clients, UpstreamConfig upstream, CustomProviderService customProviders,
                      CustomProviderCredentials customCredentials) {
        this.catalogue = catalogue;
        this.resolver = resolver;
        this.customProviders = customProviders;
        this.customCredentials = customCredentials;
        this.rules = rules;
        this.clients = clients.stream().toList();
        this.wholeAnswers = upstream.wholeAnswers();
    }

    /**
     * @param wholeAnswer the caller aggregates the events (JSON mode), so the provider may be asked for
     *                    its whole answer at once where the protocol allows it (unless configured not to)
     */
    public Uni<Prepared> prepare(InvocationRequest request, boolean wholeAnswer) {
        return prepare(request, null, wholeAnswer);
    }

    /** {@link #prepare(InvocationRequest, boolean)} of a saved prompt's version, which the start event names. */
    public Uni<Prepared> prepare(InvocationRequest request, PromptRef prompt, boolean wholeAnswer) {
        return Uni.createFrom().deferred(() -> {
            if (request.customProviderId() != null) {
                return prepareCustom(request, prompt, wholeAnswer);
            }
            ProviderDefinition provider = builtIn(request);
            ApiType apiType = checked(request, provider);
            Map<String, String> headers = HeaderRules.validate(request.headers());
            UpstreamClient client = clientFor(provider);
            InvocationRequest.Connection connection = request.connection();
            CredentialRequest credentials = new CredentialRequest(provider.key(), request.credentials(),
                    new ConnectionOverride(connection.baseUrl(), connection.azureEndpoint(), connection.region()));
            return resolver.resolve(credentials).map(resolved ->
                    prepared(request, null, prompt, apiType, resolved, headers, client, wholeAnswer));
        });
    }

    /**
     * Checks a request as {@link #prepare} would, short of credentials and the call (for a prompt version, which
     * is saved to be invoked later): its shape, the provider or custom provider it names, what that protocol
     * takes, the headers. Fails with the problem an invocation would get.
     *
     * @return the provider it names (for a custom provider, named after it)
     */
    public Uni<ProviderDefinition> check(InvocationRequest request) {
        return Uni.createFrom().deferred(() -> {
            HeaderRules.validate(request.headers());
            if (request.customProviderId() != null) {
                return customProviders.find(request.customProviderId()).map(custom -> {
                    ProviderDefinition provider = customProviders.definition(custom);
                    checked(request, provider);
                    return provider;
                });
            }
            ProviderDefinition provider = builtIn(request);
            checked(request, provider);
            return Uni.createFrom().item(provider);
        });
    }

    /**
     * A custom provider's call: its stored routing and credentials only, so a request that brings its own
     * (connection overrides, credentials, a built-in provider) is refused; its headers go over the provider's.
     */
    private Uni<Prepared> prepareCustom(InvocationRequest request, PromptRef prompt, boolean wholeAnswer) {
        refuseOwnRouting(request);
        Map<String, String> requestHeaders = HeaderRules.validate(request.headers());
        return customProviders.find(request.customProviderId()).flatMap(custom -> {
            ProviderDefinition provider = customProviders.definition(custom);
            ApiType apiType = checked(request, provider);
            Map<String, String> headers = HeaderRules.overlay(custom.settings().headers(), requestHeaders);
            UpstreamClient client = clientFor(provider);
            return customCredentials.resolve(custom, provider).map(resolved ->
                    prepared(request, custom.id().toString(), prompt, apiType, resolved, headers, client, wholeAnswer));
        });
    }

    /** The built-in provider a request names: 422 when it names none, 404/403 as the catalogue says. */
    private ProviderDefinition builtIn(InvocationRequest request) {
        if (request.provider() == null || request.provider().isBlank()) {
            throw invalid(request, List.of(new ProblemDetail.FieldError("provider", "must not be blank; name one, "
                    + "e.g. OPENAI, or give customProviderId")));
        }
        return catalogue.require(request.provider());
    }

    /** Routing and keys come from a custom provider: a request with customProviderId may not bring its own. */
    private void refuseOwnRouting(InvocationRequest request) {
        List<ProblemDetail.FieldError> refused = new ArrayList<>();
        if (request.provider() != null && !request.provider().isBlank()) {
            refused.add(new ProblemDetail.FieldError("provider", "must be left out with customProviderId: give one or the other"));
        }
        InvocationRequest.Connection connection = request.connection();
        if (connection.baseUrl() != null || connection.azureEndpoint() != null || connection.region() != null) {
            refused.add(new ProblemDetail.FieldError("connection", "must be left out with customProviderId: the "
                    + "custom provider's configuration sets the routing"));
        }
        if (!request.credentials().isEmpty()) {
            refused.add(new ProblemDetail.FieldError("credentials", "must be left out with customProviderId: the "
                    + "custom provider holds its own credentials"));
        }
        if (!refused.isEmpty()) {
            throw invalid(request, refused);
        }
    }

    /** {@code problems} with whatever else is wrong with the request's own shape, in one 422. */
    private ProblemException invalid(InvocationRequest request, List<ProblemDetail.FieldError> problems) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>(rules.check(request, null, null));
        errors.addAll(problems);
        return ProblemException.invalid(errors);
    }

    /** The API type the call uses, once the request is known to suit the provider (422 otherwise). */
    private ApiType checked(InvocationRequest request, ProviderDefinition provider) {
        ApiType apiType = ApiTypeRule.choose(provider, request.apiType(), request.model());
        List<ProblemDetail.FieldError> errors = rules.check(request, provider, apiType);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return apiType;
    }

    private Prepared prepared(InvocationRequest request, String customProviderId, PromptRef prompt, ApiType apiType,
                              ResolvedCredentials resolved, Map<String, String> headers, UpstreamClient client,
                              boolean wholeAnswer) {
        ProviderDefinition provider = resolved.provider();
        String invocationId = UUID.randomUUID().toString();
        InvocationEvent.Start start = new InvocationEvent.Start(invocationId, provider.key(), customProviderId,
                request.model(), offersChoice(provider) ? apiType.wireName() : null, sources(resolved), prompt);
        UpstreamCall call = new UpstreamCall(invocationId, request, apiType, resolved, headers,
                wholeAnswer && wholeAnswers);
        // Built on subscription: a request the client cannot build fails the stream, not this step.
        return new Prepared(start, Multi.createFrom().deferred(() -> client.stream(call)));
    }

    UpstreamClient clientFor(ProviderDefinition provider) {
        Sdk sdk = provider.sdk();
        return clients.stream().filter(c -> c.speaks(sdk)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_IMPLEMENTED,
                        provider.displayName() + " cannot be invoked by this server yet."));
    }

    private static boolean offersChoice(ProviderDefinition provider) {
        return provider.apiTypes().size() > 1;
    }

    private static Map<String, String> sources(ResolvedCredentials resolved) {
        Map<String, String> sources = new TreeMap<>();
        resolved.sources().forEach((name, source) -> sources.put(name, source.wireName()));
        return sources;
    }
}
