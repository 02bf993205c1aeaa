package dev.switchboard.customprovider;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.provider.ProviderCatalogue;
import dev.switchboard.secret.OtherVaults;
import dev.switchboard.secret.RotationResult;
import dev.switchboard.secret.Vault;
import dev.switchboard.testing.CustomProviderCalls;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/secrets/rotate} re-encrypts custom providers' secret fields too and counts them
 * apart; and, at the service level (the test application has no {@code SWITCHBOARD_SECRET_PREVIOUS}), a
 * server restarted with a new secret and the old one as previous moves every row to the new key, and one
 * with a foreign key as previous makes that key's rows readable again under the current one.
 */
@QuarkusTest
class CustomProviderRotationTest {

    private static final String KEY = "sk-rotation-0123456789abcdefghij";
    private static final String NEW_SECRET = "new-vault-key-for-custom-Lp7Vb4Ms9Kd1Fz6Hq";
    private static final String FOREIGN_SECRET = "a-foreign-vault-key-Zc3Xv6Bn9Mq2We5Rt8Yu";

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Inject
    CustomProviderRepository repository;

    @Inject
    CustomProviderRules rules;

    @Inject
    ProviderCatalogue catalogue;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    @Inject
    Vault vault;

    @Test
    void rotateEndpointReencryptsReadableProvidersAndCountsThemApartFromSecrets() throws SQLException {
        String readable = providers.create(uniqueName("rotate-readable"), "openai", config(apiKey(KEY))).id();
        String unreadable = providers.create(uniqueName("rotate-unreadable"), "openai", config(apiKey(KEY))).id();
        CustomProviderRows.reseal(unreadable, OtherVaults.vault(FOREIGN_SECRET), Map.of(SecretField.apiKey, KEY));
        List<String> statuses = CustomProviderCalls.list().jsonPath().getList("status");
        byte[] readableBefore = CustomProviderRows.secret(readable, "apiKey").value();
        byte[] unreadableBefore = CustomProviderRows.secret(unreadable, "apiKey").value();

        JsonPath result = given().post("/api/v1/secrets/rotate").then().statusCode(200).extract().jsonPath();

        // Every provider in the shared table is counted, as the listing classifies it.
        assertEquals(Map.of("reencrypted", count(statuses, "ok"), "unreadable", count(statuses, "unreadable")),
                result.getMap("customProviders"));
        assertEquals(java.util.Set.of("reencrypted", "unreadable", "customProviders"), result.getMap("").keySet());
        CustomProviderRows.Secret after = CustomProviderRows.secret(readable, "apiKey");
        assertFalse(Arrays.equals(readableBefore, after.value()), "sealed anew (a fresh nonce)");
        assertEquals(vault.open(SecretField.apiKey.identity(java.util.UUID.fromString(readable)), after.value())
                .orElseThrow(), KEY);
        assertTrue(Arrays.equals(unreadableBefore, CustomProviderRows.secret(unreadable, "apiKey").value()),
                "an unreadable row is left as it is");
        CustomProviderCalls.get(readable).then().body("status", equalTo("ok"));
    }

    @Test
    void newSecretWithTheOldAsPreviousMovesEveryRowToTheNewKeyAndBack() throws Throwable {
        String applicationSecret = OtherVaults.applicationSecret();
        String id = providers.create(uniqueName("rotate-new-key"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "s-1"},
                 "region": "us-east-1"}""").id();
        Vault newWithPrevious = OtherVaults.vault(NEW_SECRET, applicationSecret);
        String newKeyId = newWithPrevious.seal("probe", "probe").keyId();
        String applicationKeyId = vault.seal("probe", "probe").keyId();
        assertNotEquals(applicationKeyId, newKeyId);

        RotationResult.Count moved = rotateWith(newWithPrevious);

        assertTrue(moved.reencrypted() >= 1, moved.toString());
        assertEquals(List.of(newKeyId, newKeyId), keyIds(id));
        CustomProviderCalls.get(id).then().body("status", equalTo("unreadable"));

        // Back to the application's key, so that the other tests see readable rows.
        RotationResult.Count back = rotateWith(OtherVaults.vault(applicationSecret, NEW_SECRET));

        assertTrue(back.reencrypted() >= 1, back.toString());
        assertEquals(List.of(applicationKeyId, applicationKeyId), keyIds(id));
        CustomProviderCalls.get(id).then().body("status", equalTo("ok"));
    }

    @Test
    void foreignKeyConfiguredAsPreviousMakesItsRowsReadableUnderTheCurrentKey() throws Throwable {
        String id = providers.create(uniqueName("rotate-foreign"), "openai", config(apiKey(KEY))).id();
        CustomProviderRows.reseal(id, OtherVaults.vault(FOREIGN_SECRET), Map.of(SecretField.apiKey, KEY));
        CustomProviderCalls.get(id).then().body("status", equalTo("unreadable"));

        rotateWith(OtherVaults.vault(OtherVaults.applicationSecret(), FOREIGN_SECRET));

        CustomProviderCalls.get(id).then().body("status", equalTo("ok")).body("secretsSet.apiKey", equalTo("ghij"));
        assertEquals(List.of(vault.seal("probe", "probe").keyId()), keyIds(id));
    }

    /** Rotates every custom provider as a server with this vault would, in one transaction. */
    private RotationResult.Count rotateWith(Vault restarted) throws Throwable {
        CustomProviderService service = new CustomProviderService(repository, rules, new CustomProviderCache(),
                restarted, catalogue, json, vertx);
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(service::rotate));
    }

    private static List<String> keyIds(String id) throws SQLException {
        return CustomProviderRows.secrets(id).stream().map(CustomProviderRows.Secret::keyId).toList();
    }

    private static int count(List<String> statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }
}
