package dev.switchboard.upstream.bedrock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.ApiType;
import dev.switchboard.model.CredentialKind;
import dev.switchboard.model.CredentialSpec;
import dev.switchboard.model.ProviderDefinition;
import dev.switchboard.model.ResolvedCredentials;
import dev.switchboard.model.Sdk;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SigV4 with the inputs of the AWS SigV4 test suite: fixed date, the documented example keys. */
class BedrockSigningTest {

    static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);
    static final String MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";
    static final byte[] BODY = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Hi\"}]}]}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    private final BedrockClient client = new BedrockClient(null, null, new ObjectMapper(), new SigV4Signer(CLOCK));

    @Test
    void theAuthorizationHeaderNamesKeyDateRegionAndService() {
        Map<String, String> headers = sign(keys(null), Map.of());

        Matcher auth = authorization(headers);
        assertEquals("AKIDEXAMPLE/20150830/us-east-1/bedrock/aws4_request", auth.group(1));
        List<String> signed = List.of(auth.group(2).split(";"));
        assertTrue(signed.containsAll(List.of("host", "x-amz-date", "content-type")), signed.toString());
        assertFalse(signed.contains("x-amz-security-token"));
        assertEquals("20150830T123600Z", headers.get("X-Amz-Date"));
        assertEquals("bedrock-runtime.us-east-1.amazonaws.com", headers.get("Host"));
        assertFalse(headers.containsKey("X-Amz-Security-Token"));
    }

    @Test
    void aSessionTokenIsSentAndSigned() {
        Map<String, String> headers = sign(keys("FQoGZXIvYXdzEXAMPLETOKEN"), Map.of());

        assertEquals("FQoGZXIvYXdzEXAMPLETOKEN", headers.get("x-amz-security-token"));
        assertTrue(List.of(authorization(headers).group(2).split(";")).contains("x-amz-security-token"));
    }

    @Test
    void theSignatureCoversTheExactBodyAndTheFinalHeaders() throws Exception {
        // Given a custom header, merged before signing
        String url = BedrockClient.url(null, "us-east-1", MODEL);
        Map<String, String> headers = client.headers(url, BODY, "us-east-1",
                credentials(keys("SESSIONTOKEN")), Map.of("X-Trace-Id", "abc-123"));

        // When the signature is recomputed here, independently of the SDK, from what will be sent
        Matcher auth = authorization(headers);
        String expected = signature(url, headers, auth.group(2), BODY);

        // Then
        assertEquals(expected, auth.group(3));
        assertTrue(List.of(auth.group(2).split(";")).contains("x-trace-id"));
        byte[] otherBody = Arrays.copyOf(BODY, BODY.length);
        otherBody[otherBody.length - 3] = 'X';
        assertFalse(expected.equals(signature(url, headers, auth.group(2), otherBody)));
    }

    @Test
    void customHeadersCannotReplaceSignedOnes() {
        for (String name : List.of("X-Amz-Date", "x-amz-security-token", "X-Amz-Content-Sha256", "Authorization",
                "Host")) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> sign(keys("TOKEN"), Map.of(name, "20990101T000000Z")), name);
            assertEquals(ProblemType.VALIDATION, e.type(), name);
        }
    }

    @Test
    void aBearerTokenIsSentWithoutASignature() {
        Map<String, String> values = new HashMap<>(Map.of("AWS_REGION", "eu-west-1",
                "AWS_BEARER_TOKEN_BEDROCK", "bedrock-api-key-EXAMPLE"));
        String url = BedrockClient.url(null, "eu-west-1", MODEL);

        Map<String, String> headers = client.headers(url, BODY, "eu-west-1", credentials(values), Map.of("X-Team", "a"));

        assertEquals("Bearer bedrock-api-key-EXAMPLE", headers.get("authorization"));
        assertFalse(headers.containsKey("X-Amz-Date"));
        assertEquals("a", headers.get("X-Team"));
        assertEquals("application/json", headers.get("Content-Type"));
        assertEquals("application/vnd.amazon.eventstream", headers.get("Accept"));
    }

    @Test
    void withoutKeysOrTokenTheCallIsRefusedBeforeSending() {
        ProblemException e = assertThrows(ProblemException.class, () -> client.headers(
                BedrockClient.url(null, "us-east-1", MODEL), BODY, "us-east-1",
                credentials(Map.of("AWS_REGION", "us-east-1")), Map.of()));

        assertEquals(ProblemType.MISSING_CREDENTIALS, e.type());
    }

    @Test
    void theModelIdIsOnePercentEncodedPathSegment() {
        assertEquals("https://bedrock-runtime.us-west-2.amazonaws.com/model/"
                        + "anthropic.claude-3-5-haiku-20241022-v1%3A0/converse-stream",
                BedrockClient.url(null, "us-west-2", MODEL));
        assertEquals("http://localhost:8089/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3A"
                        + "inference-profile%2Fus.anthropic.claude-sonnet-4-5/converse-stream",
                BedrockClient.url("http://localhost:8089/", "us-east-1",
                        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5"));
    }

    @Test
    void aNonDefaultPortIsPartOfTheSignedHost() {
        Map<String, String> headers = client.headers(BedrockClient.url("http://localhost:8089", "us-east-1", MODEL),
                BODY, "us-east-1", credentials(keys(null)), Map.of());

        assertEquals("localhost:8089", headers.get("host"));
    }

    private Map<String, String> sign(Map<String, String> values, Map<String, String> custom) {
        return client.headers(BedrockClient.url(null, "us-east-1", MODEL), BODY, "us-east-1", credentials(values),
                custom);
    }

    static Map<String, String> keys(String sessionToken) {
        Map<String, String> values = new HashMap<>(Map.of("AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", SECRET));
        if (sessionToken != null) {
            values.put("AWS_SESSION_TOKEN", sessionToken);
        }
        return values;
    }

    static ResolvedCredentials credentials(Map<String, String> values) {
        ProviderDefinition aws = new ProviderDefinition("AWS", "AWS Bedrock", Sdk.AWS_BEDROCK,
                List.of(ApiType.CHAT_COMPLETIONS), ApiType.CHAT_COMPLETIONS, List.of(
                new CredentialSpec("AWS_ACCESS_KEY_ID", CredentialKind.KEY, false, List.of(), null),
                new CredentialSpec("AWS_SECRET_ACCESS_KEY", CredentialKind.KEY, false, List.of(), null),
                new CredentialSpec("AWS_SESSION_TOKEN", CredentialKind.KEY, false, List.of(), null),
                new CredentialSpec("AWS_BEARER_TOKEN_BEDROCK", CredentialKind.KEY, false, List.of(), null),
                new CredentialSpec("AWS_REGION", CredentialKind.SETTING, false, List.of(), "us-east-1")),
                "https://bedrock-runtime.{region}.amazonaws.com", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", List.of());
        return new ResolvedCredentials(aws, values, Map.of(), null);
    }

    private static Matcher authorization(Map<String, String> headers) {
        Matcher matcher = AUTHORIZATION.matcher(headers.get("Authorization"));
        assertTrue(matcher.matches(), headers.get("Authorization"));
        return matcher;
    }

    /** SigV4 as the AWS documentation describes it, for a POST without query string. */
    private static String signature(String url, Map<String, String> headers, String signedHeaders, byte[] body)
            throws Exception {
        String path = java.net.URI.create(url).getRawPath();
        String canonicalPath = Arrays.stream(path.split("/", -1)).map(s -> s.replace("%", "%25"))
                .collect(Collectors.joining("/")); // services other than S3 encode the path twice
        Map<String, String> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.strip()));
        String canonicalHeaders = Arrays.stream(signedHeaders.split(";"))
                .map(name -> name + ":" + lower.get(name) + "\n").collect(Collectors.joining());
        String canonicalRequest = "POST\n" + canonicalPath + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
                + hex(MessageDigest.getInstance("SHA-256").digest(body));
        String date = lower.get("x-amz-date");
        String scope = date.substring(0, 8) + "/us-east-1/bedrock/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + date + "\n" + scope + "\n"
                + hex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + SECRET).getBytes(StandardCharsets.UTF_8), date.substring(0, 8));
        key = hmac(key, "us-east-1");
        key = hmac(key, "bedrock");
        key = hmac(key, "aws4_request");
        return hex(hmac(key, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
