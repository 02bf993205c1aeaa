package dev.switchboard.testing;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SigV4 {@code Authorization} header of a request a mock Bedrock received, taken apart, and the
 * signature recomputed by the AWS SDK's own signer for what the mock received: equal signatures prove
 * which secret key signed the request, which the request itself never shows.
 *
 * @param accessKeyId   the key id of the credential scope
 * @param date          the scope's date, {@code yyyyMMdd}
 * @param region        the scope's region
 * @param signedHeaders the signed header names, lower case
 * @param signature     the hex signature
 */
public record SigV4Authorization(String accessKeyId, String date, String region, List<String> signedHeaders,
                                 String signature) {

    /** Bedrock's form: {@code AWS4-HMAC-SHA256 Credential=<id>/<date>/<region>/bedrock/aws4_request, …}. */
    private static final Pattern BEDROCK = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([a-z0-9-]+)/bedrock/aws4_request, "
                    + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The request's Authorization header, which must be a SigV4 signature for service bedrock. */
    public static SigV4Authorization of(MockUpstream.RecordedRequest request) {
        return parse(request.header("Authorization"));
    }

    private static SigV4Authorization parse(String authorization) {
        Matcher matcher = authorization == null ? null : BEDROCK.matcher(authorization);
        if (matcher == null || !matcher.matches()) {
            throw new AssertionError("not a SigV4 signature for service bedrock: " + authorization);
        }
        return new SigV4Authorization(matcher.group(1), matcher.group(2), matcher.group(3),
                List.of(matcher.group(4).split(";")), matcher.group(5));
    }

    /**
     * The signature the AWS SDK signer computes for what the mock received at {@code url}, at the request's
     * own {@code x-amz-date}, with this header's signed headers, region and service bedrock.
     */
    public String recomputed(MockUpstream.RecordedRequest request, String url, String accessKeyId, String secretKey) {
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(url));
        signedHeaders.stream().filter(name -> !name.equals("host") && !name.equals("x-amz-date"))
                .forEach(name -> builder.putHeader(name, request.header(name)));
        Clock at = Clock.fixed(LocalDateTime.parse(request.header("x-amz-date"), AMZ_DATE).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        String authorization = AwsV4HttpSigner.create().sign(r -> r
                        .identity(AwsCredentialsIdentity.create(accessKeyId, secretKey))
                        .request(builder.build())
                        .payload(ContentStreamProvider.fromByteArray(request.body().getBytes(StandardCharsets.UTF_8)))
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "bedrock")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(HttpSigner.SIGNING_CLOCK, at))
                .request().firstMatchingHeader("Authorization").orElseThrow();
        return parse(authorization).signature();
    }
}
