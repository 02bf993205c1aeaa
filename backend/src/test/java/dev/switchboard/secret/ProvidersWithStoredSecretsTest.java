package dev.switchboard.secret;

import dev.switchboard.testing.TestServerEnvironment;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The provider catalogue reports stored secrets as a source, and unreadable ones as not set. */
@QuarkusTest
class ProvidersWithStoredSecretsTest {

    private static final String PROVIDERS = "/api/v1/providers";
    private static final String SECRETS = "/api/v1/secrets";

    @Inject
    TestServerEnvironment environment;

    @AfterEach
    void cleanUp() {
        environment.clear();
        for (String key : new String[]{"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "XAI_API_KEY"}) {
            given().delete(SECRETS + "/" + key);
        }
    }

    @Test
    void storedSecretIsASourceAndSetsTheProvider() {
        given().contentType(ContentType.JSON).body("{\"value\": \"sk-stored-value-5678\"}")
                .put(SECRETS + "/OPENAI_API_KEY").then().statusCode(200);

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'OPENAI' }.credentials[0].sources", contains("secret"))
                .body("find { it.key == 'OPENAI' }.credentialsSet", equalTo(true))
                .body(not(containsString("sk-stored-value")));
    }

    @Test
    void secretAndEnvironmentAreBothListed() {
        environment.set("XAI_API_KEY", "xai-env");
        given().contentType(ContentType.JSON).body("{\"value\": \"xai-stored\"}")
                .put(SECRETS + "/XAI_API_KEY").then().statusCode(200);

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'XAI' }.credentials[0].sources", containsInAnyOrder("secret", "environment"));
    }

    @Test
    void unreadableSecretDoesNotCountAsSet() throws SQLException {
        byte[] foreign = new byte[60];
        new SecureRandom().nextBytes(foreign);
        foreign[0] = 1;
        SecretRows.insert("ANTHROPIC_API_KEY", foreign, HexFormat.of().formatHex(foreign, 1, 9));

        given().get(PROVIDERS)
                .then().statusCode(200)
                .body("find { it.key == 'ANTHROPIC' }.credentials[0].sources", empty())
                .body("find { it.key == 'ANTHROPIC' }.credentialsSet", equalTo(false));
    }
}
