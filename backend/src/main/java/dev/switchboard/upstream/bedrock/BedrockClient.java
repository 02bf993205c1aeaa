package dev.switchboard.upstream.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.InvocationEvent;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.model.Sdk;
import dev.switchboard.upstream.JsonCalls;
import dev.switchboard.upstream.StreamMapper;
import dev.switchboard.upstream.UpstreamCall;
import dev.switchboard.upstream.UpstreamClient;
import dev.switchboard.upstream.http.UpstreamHttp;
import dev.switchboard.upstream.http.UpstreamRequest;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static dev.switchboard.model.CredentialNames.AWS_ACCESS_KEY_ID;
import static dev.switchboard.model.CredentialNames.AWS_BEARER_TOKEN_BEDROCK;
import static dev.switchboard.model.CredentialNames.AWS_REGION;
import static dev.switchboard.model.CredentialNames.AWS_SECRET_ACCESS_KEY;
import static dev.switchboard.model.CredentialNames.AWS_SESSION_TOKEN;

/**
 * AWS Bedrock through ConverseStream: {@code POST {base}/model/{modelId}/converse-stream}, where base
 * is the resolved endpoint ({@code https://bedrock-runtime.{region}.amazonaws.com} or an override).
 * Authenticates with {@code Authorization: Bearer} when AWS_BEARER_TOKEN_BEDROCK is there (no
 * signing), else with a SigV4 signature from the access keys (and session token). The request is JSON
 * like the other protocols' ({@link JsonCalls}); the answer is an
 * {@code application/vnd.amazon.eventstream} body, framed by {@link EventStreamDecoder} and mapped by
 * {@link ConverseStreamMapper}.
 */
@Singleton
class BedrockClient implements UpstreamClient {

    private static final Map<String, String> DEFAULTS = JsonCalls.defaults("application/vnd.amazon.eventstream");

    private final JsonCalls calls;
    private final UpstreamHttp http;
    private final ObjectMapper json;
    private final SigV4Signer signer;

    @Inject
    BedrockClient(JsonCalls calls, UpstreamHttp http, ObjectMapper json) {
        this(calls, http, json, new SigV4Signer(Clock.systemUTC()));
    }

    BedrockClient(JsonCalls calls, UpstreamHttp http, ObjectMapper json, SigV4Signer signer) {
        this.calls = calls;
        this.http = http;
        this.json = json;
        this.signer = signer;
    }

    @Override
    public boolean speaks(Sdk sdk) {
        return sdk == Sdk.AWS_BEDROCK;
    }

    @Override
    public Multi<InvocationEvent> stream(UpstreamCall call) {
        UpstreamRequest request = request(call);
        return StreamMapper.map(http.frames(request, EventStreamDecoder::new),
                new ConverseStreamMapper(json, request.provider(), request.scrubber()));
    }

    /** The complete request: URL, body and final (signed) headers. */
    UpstreamRequest request(UpstreamCall call) {
        ResolvedCredentials credentials = call.credentials();
        String region = nonBlank(credentials, AWS_REGION).orElse("us-east-1");
        String url = url(credentials.baseUrl(), region, call.request().model());
        byte[] body = calls.json(ConverseRequests.streaming(call.request()));
        return new UpstreamRequest(call.providerName(), HttpMethod.POST, url,
                headers(url, body, region, credentials, call.customHeaders()), Buffer.buffer(body), call.scrubber(),
                true);
    }

    /**
     * Headers to send. Custom headers are merged (and checked: no {@code Authorization}, no
     * {@code x-amz-*}) before signing, so the signature covers them and cannot be replaced by them.
     */
    Map<String, String> headers(String url, byte[] body, String region, ResolvedCredentials credentials,
                                Map<String, String> custom) {
        Optional<String> bearer = nonBlank(credentials, AWS_BEARER_TOKEN_BEDROCK);
        if (bearer.isPresent()) {
            return JsonCalls.headers(DEFAULTS, custom, Map.of("Authorization", "Bearer " + bearer.get()));
        }
        SigV4Signer.Keys keys = new SigV4Signer.Keys(
                nonBlank(credentials, AWS_ACCESS_KEY_ID).orElseThrow(BedrockClient::missingKeys),
                nonBlank(credentials, AWS_SECRET_ACCESS_KEY).orElseThrow(BedrockClient::missingKeys),
                nonBlank(credentials, AWS_SESSION_TOKEN).orElse(null));
        return signer.sign(url, JsonCalls.headers(DEFAULTS, custom, Map.of()), body, region, keys);
    }

    /** The model id is one path segment: ARNs and ids with ':' or '/' are percent-encoded, as the SDK does. */
    static String url(String baseUrl, String region, String modelId) {
        String base = baseUrl == null || baseUrl.isBlank()
                ? "https://bedrock-runtime." + region + ".amazonaws.com" : JsonCalls.trimSlash(baseUrl);
        return base + "/model/" + SdkHttpUtils.urlEncode(modelId) + "/converse-stream";
    }

    private static Optional<String> nonBlank(ResolvedCredentials credentials, String name) {
        return credentials.value(name).filter(value -> !value.isBlank());
    }

    private static ProblemException missingKeys() {
        return new ProblemException(ProblemType.MISSING_CREDENTIALS,
                "AWS Bedrock needs " + AWS_BEARER_TOKEN_BEDROCK + ", or " + AWS_ACCESS_KEY_ID + " with "
                        + AWS_SECRET_ACCESS_KEY + ".");
    }
}
