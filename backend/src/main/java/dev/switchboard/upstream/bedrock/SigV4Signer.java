package dev.switchboard.upstream.bedrock;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * AWS Signature Version 4 for Bedrock calls, computed by the AWS SDK v2 signer
 * ({@link AwsV4HttpSigner}, signing name {@code bedrock}); the SDK does no HTTP here. The signature
 * covers the exact body bytes and every header passed in, so it must be the last step before sending:
 * the headers it returns are the ones to send, with {@code Host}, {@code X-Amz-Date},
 * {@code X-Amz-Security-Token} (session credentials) and {@code Authorization} added.
 * Pure computation (HMAC-SHA256), safe on an event loop.
 */
final class SigV4Signer {

    static final String SIGNING_NAME = "bedrock";

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final Clock clock;

    SigV4Signer(Clock clock) {
        this.clock = clock;
    }

    /** Keys for one call; {@code sessionToken} is null for long-term keys. */
    record Keys(String accessKeyId, String secretAccessKey, String sessionToken) {

        @Override
        public String toString() {
            return "Keys[accessKeyId=" + accessKeyId + "]";
        }
    }

    /**
     * @param url     the absolute request URL, path already percent-encoded as it will be sent
     * @param headers the final headers other than the signature's (defaults, custom, content type)
     * @return the headers to send, case-insensitive
     */
    Map<String, String> sign(String url, Map<String, String> headers, byte[] body, String region, Keys keys) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(url));
        headers.forEach(request::putHeader);
        AwsCredentialsIdentity identity = keys.sessionToken() == null || keys.sessionToken().isBlank()
                ? AwsCredentialsIdentity.create(keys.accessKeyId(), keys.secretAccessKey())
                : AwsSessionCredentialsIdentity.create(keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken());
        SignedRequest signed = signer.sign(r -> r
                .identity(identity)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock));
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            out.put(header.getKey(), String.join(",", header.getValue()));
        }
        return out;
    }
}
