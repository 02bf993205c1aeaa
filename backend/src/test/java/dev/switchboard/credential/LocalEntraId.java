package dev.switchboard.credential;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.util.Configuration;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusMock;
import reactor.core.publisher.Mono;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A local Entra ID authority for azure-identity: a {@link MockUpstream#startTls() TLS mock} that answers
 * a tenant's OpenID metadata and token requests as Entra ID does, and the HTTP client that trusts its
 * self-signed certificate. In a {@code @QuarkusTest}, {@link #installClientSecretTokens} makes custom
 * providers' {@code azure_ad_client_secret} tokens come from it.
 */
public final class LocalEntraId {

    private LocalEntraId() {
    }

    /** The token endpoint of {@code tenant}, as a mock path. */
    public static String tokenPath(String tenant) {
        return "/" + tenant + "/oauth2/v2.0/token";
    }

    /** Answers the tenant's OpenID metadata, which MSAL may ask for before the token, like Entra ID would. */
    public static void serveTenant(MockUpstream authority, String tenant) {
        String base = authority.url("/" + tenant);
        authority.on("/" + tenant + "/v2.0/.well-known/openid-configuration", MockReply.json(200, """
                {"issuer":"%1$s/v2.0","token_endpoint":"%1$s/oauth2/v2.0/token",
                 "authorization_endpoint":"%1$s/oauth2/v2.0/authorize"}""".formatted(base)));
    }

    /** Makes the tenant's token endpoint issue {@code token}, valid for {@code expiresIn} seconds. */
    public static void issueToken(MockUpstream authority, String tenant, String token, int expiresIn) {
        authority.on(tokenPath(tenant), MockReply.json(200, """
                {"token_type":"Bearer","expires_in":%d,"ext_expires_in":%d,"access_token":"%s"}"""
                .formatted(expiresIn, expiresIn, token)));
    }

    /** The fields of a token request's form body, decoded. */
    public static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    }

    /** {@link #trusting}, recording the name of each thread that sends a request: where azure-identity runs. */
    public static HttpClient trusting(MockUpstream authority, List<String> senders) {
        HttpClient client = trusting(authority);
        return new HttpClient() {
            @Override
            public Mono<HttpResponse> send(HttpRequest request) {
                senders.add(Thread.currentThread().getName());
                return client.send(request);
            }

            @Override
            public Mono<HttpResponse> send(HttpRequest request, com.azure.core.util.Context context) {
                senders.add(Thread.currentThread().getName());
                return client.send(request, context);
            }

            @Override
            public HttpResponse sendSync(HttpRequest request, com.azure.core.util.Context context) {
                senders.add(Thread.currentThread().getName());
                return client.sendSync(request, context);
            }
        };
    }

    /** azure-core's Netty client trusting only the local authority's self-signed certificate. */
    public static HttpClient trusting(MockUpstream authority) {
        try {
            SslContext ssl = SslContextBuilder.forClient().trustManager(authority.certificate()).build();
            return new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                    .secure(spec -> spec.sslContext(ssl)))
                    .configuration(Configuration.NONE) // no proxy from the machine's environment
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * For the current {@code @QuarkusTest} (QuarkusMock), custom providers' client-secret tokens come from
     * a fresh {@link AzureClientSecretTokens} (an empty cache) whose azure-identity requests go through
     * {@link #trusting}(authority).
     *
     * @return the names of the threads that sent azure-identity's requests, in order
     */
    public static List<String> installClientSecretTokens(MockUpstream authority) {
        CredentialsConfig config = Arc.container().instance(CredentialsConfig.class).get();
        List<String> threads = new CopyOnWriteArrayList<>();
        AzureClientSecretTokens tokens = new AzureClientSecretTokens(config, trusting(authority, threads));
        QuarkusMock.installMockForType(tokens, AzureClientSecretTokens.class);
        return threads;
    }
}
