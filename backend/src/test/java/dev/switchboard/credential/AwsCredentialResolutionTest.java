package dev.switchboard.credential;

import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.CredentialSource;
import dev.switchboard.model.ResolvedCredentials;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AwsCredentialResolutionTest {

    private final ResolverFixture fixture = new ResolverFixture();

    @Test
    void keyPairWithSessionTokenFromTheRequest() {
        fixture.environment.put("AWS_ACCESS_KEY_ID", "AKIAENV");
        fixture.environment.put("AWS_SECRET_ACCESS_KEY", "env-secret");

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of("AWS_ACCESS_KEY_ID", "ASIAREQ",
                "AWS_SECRET_ACCESS_KEY", "req-secret", "AWS_SESSION_TOKEN", "req-session"));

        assertEquals("ASIAREQ", resolved.values().get("AWS_ACCESS_KEY_ID"));
        assertEquals("req-session", resolved.values().get("AWS_SESSION_TOKEN"));
        assertEquals(CredentialSource.REQUEST, resolved.sources().get("AWS_SECRET_ACCESS_KEY"));
        assertEquals(0, fixture.awsChainCalls);
    }

    @Test
    void keyPairFromTheEnvironment() {
        fixture.environment.put("AWS_ACCESS_KEY_ID", "AKIAENV");
        fixture.environment.put("AWS_SECRET_ACCESS_KEY", "env-secret");

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of());

        assertEquals(Map.of("AWS_ACCESS_KEY_ID", CredentialSource.ENVIRONMENT,
                "AWS_SECRET_ACCESS_KEY", CredentialSource.ENVIRONMENT), resolved.sources());
        assertFalse(resolved.values().containsKey("AWS_SESSION_TOKEN"));
    }

    @Test
    void loneAccessKeyIdNamesItsMissingPartner() {
        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AWS",
                Map.of("AWS_ACCESS_KEY_ID", "AKIAREQ"));

        assertTrue(problem.detail().startsWith("AWS Bedrock got AWS_ACCESS_KEY_ID from the request without "
                + "AWS_SECRET_ACCESS_KEY"), problem.detail());
    }

    @Test
    void loneSessionTokenNamesBothMissingKeys() {
        fixture.secrets.put("AWS_SESSION_TOKEN", "session");

        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AWS", Map.of());

        assertTrue(problem.detail().contains("AWS_SESSION_TOKEN from a stored secret without AWS_ACCESS_KEY_ID "
                + "and AWS_SECRET_ACCESS_KEY"), problem.detail());
    }

    @Test
    void halvesAreNeverCombinedAcrossLevels() {
        fixture.environment.put("AWS_SECRET_ACCESS_KEY", "env-secret");

        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AWS",
                Map.of("AWS_ACCESS_KEY_ID", "AKIAREQ"));

        assertTrue(problem.detail().contains("without AWS_SECRET_ACCESS_KEY"), problem.detail());
    }

    @Test
    void bearerTokenWinsOverKeysAtTheSameLevel() {
        fixture.secrets.put("AWS_BEARER_TOKEN_BEDROCK", "bedrock-key");
        fixture.secrets.put("AWS_ACCESS_KEY_ID", "AKIASECRET");
        fixture.secrets.put("AWS_SECRET_ACCESS_KEY", "secret-secret");

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of());

        assertEquals(Map.of("AWS_BEARER_TOKEN_BEDROCK", CredentialSource.SECRET), resolved.sources());
    }

    @Test
    void requestBearerTokenBeatsEnvironmentKeys() {
        fixture.environment.put("AWS_ACCESS_KEY_ID", "AKIAENV");
        fixture.environment.put("AWS_SECRET_ACCESS_KEY", "env-secret");

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of("AWS_BEARER_TOKEN_BEDROCK", "bedrock-req"));

        assertEquals(Map.of("AWS_BEARER_TOKEN_BEDROCK", CredentialSource.REQUEST), resolved.sources());
    }

    @Test
    void defaultChainIsUsedWhenNoLevelHoldsKeys() {
        fixture.awsIdentity = Optional.of(new AwsIdentity("ASIAROLE", "role-secret", "role-session"));

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of());

        assertEquals("ASIAROLE", resolved.values().get("AWS_ACCESS_KEY_ID"));
        assertEquals("role-session", resolved.values().get("AWS_SESSION_TOKEN"));
        assertEquals(CredentialSource.AMBIENT, resolved.sources().get("AWS_SECRET_ACCESS_KEY"));
        assertEquals(1, fixture.awsChainCalls);
    }

    @Test
    void nothingAnywhereListsEveryWayIncludingAnAwsIdentity() {
        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AWS", Map.of());

        assertTrue(problem.detail().startsWith("AWS Bedrock needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"),
                problem.detail());
        assertTrue(problem.detail().contains("AWS_BEARER_TOKEN_BEDROCK"));
        assertTrue(problem.detail().contains("instance role"));
    }

    @Test
    void disabledDefaultChainIsNeverAsked() {
        fixture.awsChainEnabled = false;
        fixture.awsIdentity = Optional.of(new AwsIdentity("ASIAROLE", "role-secret", null));

        ProblemException problem = fixture.problem(ProblemType.MISSING_CREDENTIALS, "AWS", Map.of());

        assertEquals(0, fixture.awsChainCalls);
        assertFalse(problem.detail().contains("instance role"));
    }

    @Test
    void regionDefaultsToUsEast1AndShapesTheBaseUrl() {
        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of("AWS_BEARER_TOKEN_BEDROCK", "b"));

        assertEquals("us-east-1", resolved.values().get("AWS_REGION"));
        assertEquals("https://bedrock-runtime.us-east-1.amazonaws.com", resolved.baseUrl());
    }

    @Test
    void regionFromTheConnectionBeatsTheEnvironment() {
        fixture.environment.put("AWS_REGION", "eu-central-1");

        ResolvedCredentials resolved = fixture.resolve("AWS", Map.of("AWS_BEARER_TOKEN_BEDROCK", "b"),
                new ConnectionOverride(null, null, "ap-southeast-2"));

        assertEquals("https://bedrock-runtime.ap-southeast-2.amazonaws.com", resolved.baseUrl());
        assertEquals(CredentialSource.REQUEST, resolved.sources().get("AWS_REGION"));
    }

    @Test
    void regionThatIsNotARegionNameIsRejected() {
        fixture.problem(ProblemType.BAD_REQUEST, "AWS", Map.of("AWS_BEARER_TOKEN_BEDROCK", "b"),
                new ConnectionOverride(null, null, "evil.example.com/x"));
    }
}
