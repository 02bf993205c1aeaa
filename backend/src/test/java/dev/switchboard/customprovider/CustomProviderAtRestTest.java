package dev.switchboard.customprovider;

import dev.switchboard.secret.Vault;
import dev.switchboard.testing.CustomProviderCalls;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the database holds, read with plain JDBC: no byte run of any secret field in any column of
 * either table, only version-1 vault envelopes whose key id column matches, each bound to its provider
 * and field, so that a value copied to another row or field (by SQL, behind the application's back) no
 * longer opens and the provider lists as unreadable.
 */
@QuarkusTest
class CustomProviderAtRestTest {

    /** Runs this long of a value's UTF-8 bytes must not occur anywhere in the tables. */
    private static final int WINDOW = 8;
    private static final Map<String, String> SECRETS = Map.of(
            "apiKey", "sk-proj-AtRest-4f9c2e7a1b8d3c6e5f0a",
            "clientSecret", "Qx8~client-secret-clé-🔑-ключ-0123",
            "accessKeyId", "AKIAATRESTEXAMPLE0001",
            "secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiAtRestKEY01",
            "sessionToken", "IQoJb3JpZ2luX2VjEAtRestTemporaryCreds01",
            "token", "ABSKQmVkcm9ja0FQSUtleS1hdFJlc3QtMDAwMQ");

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Inject
    Vault vault;

    @Test
    void dumpOfBothTablesHoldsNoPlaintextOfAnySecretField() throws SQLException {
        List<String> ids = createOneOfEachSecretField();
        String renewed = "sk-proj-AtRest-renewed-9a8b7c6d5e4f";
        CustomProviderCalls.change(ids.get(0), """
                {"config": {"auth": {"type": "api_key", "apiKey": "%s"}, "headers": {"X-Team": "at-rest"}}}"""
                .formatted(renewed)).then().statusCode(200);

        byte[] dump = CustomProviderRows.dump();

        assertTrue(contains(dump, "tenant-at-rest".getBytes(StandardCharsets.UTF_8)), "the dump holds the config");
        for (String value : List.of(SECRETS.get("apiKey"), SECRETS.get("clientSecret"), SECRETS.get("accessKeyId"),
                SECRETS.get("secretAccessKey"), SECRETS.get("sessionToken"), SECRETS.get("token"), renewed)) {
            byte[] plain = value.getBytes(StandardCharsets.UTF_8);
            for (int start = 0; start + WINDOW <= plain.length; start++) {
                assertFalse(contains(dump, Arrays.copyOfRange(plain, start, start + WINDOW)), "plaintext bytes "
                        + start + ".." + (start + WINDOW) + " of a secret field are in the tables");
            }
        }
    }

    @Test
    void everySecretRowIsAVersionOneEnvelopeUnderTheCurrentKeyBoundToItsProviderAndField() throws SQLException {
        List<String> ids = createOneOfEachSecretField();
        String currentKeyId = vault.seal("probe", "probe").keyId();
        int rows = 0;

        for (String id : ids) {
            for (CustomProviderRows.Secret row : CustomProviderRows.secrets(id)) {
                rows++;
                assertEquals(1, row.value()[0], "envelope version");
                assertEquals(currentKeyId, row.keyId());
                assertEquals(currentKeyId, HexFormat.of().formatHex(row.value(), 1, 9), "key id inside the envelope");
                SecretField field = SecretField.valueOf(row.field());
                assertEquals(SECRETS.get(row.field()), vault.open(field.identity(UUID.fromString(id)), row.value())
                        .orElseThrow());
                SecretField other = field == SecretField.apiKey ? SecretField.token : SecretField.apiKey;
                assertEquals(java.util.Optional.empty(), vault.open(other.identity(UUID.fromString(id)), row.value()));
                assertEquals(java.util.Optional.empty(), vault.open(field.identity(UUID.randomUUID()), row.value()));
            }
        }
        assertEquals(6, rows);
    }

    @Test
    void valueCopiedToAnotherProvidersRowNoLongerOpensAndThatProviderIsUnreadable() throws SQLException {
        String source = providers.create(uniqueName("rest-source"), "openai", config(apiKey(SECRETS.get("apiKey")))).id();
        String target = providers.create(uniqueName("rest-target"), "openai", config(apiKey("sk-proj-target-0123456789abcd"))).id();

        CustomProviderRows.execute("""
                UPDATE custom_provider_secrets SET value = (SELECT value FROM custom_provider_secrets
                                                            WHERE provider_id = ? AND field = 'apiKey')
                WHERE provider_id = ? AND field = 'apiKey'""", UUID.fromString(source), UUID.fromString(target));

        CustomProviderCalls.get(target).then().statusCode(200).body("status", equalTo("unreadable"))
                .body("secretsSet", equalTo(java.util.Collections.singletonMap("apiKey", null)));
        CustomProviderCalls.get(source).then().body("status", equalTo("ok"));
        assertEquals(List.of("unreadable"), CustomProviderCalls.list().jsonPath()
                .getList("findAll { it.id == '" + target + "' }.status"));
    }

    @Test
    void valueMovedToAnotherFieldOfTheSameProviderNoLongerOpens() throws SQLException {
        String id = providers.create(uniqueName("rest-field"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "%s", "secretAccessKey": "%s"}, "region": "us-east-1"}"""
                .formatted(SECRETS.get("accessKeyId"), SECRETS.get("secretAccessKey"))).id();

        CustomProviderRows.execute("""
                UPDATE custom_provider_secrets SET value = (SELECT value FROM custom_provider_secrets
                                                            WHERE provider_id = ? AND field = 'secretAccessKey')
                WHERE provider_id = ? AND field = 'accessKeyId'""", UUID.fromString(id), UUID.fromString(id));

        CustomProviderCalls.get(id).then().statusCode(200).body("status", equalTo("unreadable"));
    }

    @Test
    void databaseRefusesASecretValueThatIsNotAnEnvelope() {
        String id = providers.create(uniqueName("rest-plain"), "openai", config(apiKey(SECRETS.get("apiKey")))).id();
        byte[] envelopeShaped = new byte[40];
        envelopeShaped[0] = 1;

        for (byte[] value : List.of("sk-plaintext-value".getBytes(StandardCharsets.UTF_8), new byte[0], envelopeShaped)) {
            SQLException refused = assertThrows(SQLException.class, () -> CustomProviderRows.setSecret(id, "apiKey",
                    value, "0123456789abcdef"));
            assertEquals("23514", refused.getSQLState(), "check violation");
        }
    }

    /** Providers holding every secret field between them (bedrock access keys with a session token). */
    private List<String> createOneOfEachSecretField() {
        return List.of(
                providers.create(uniqueName("rest-openai"), "openai", config(apiKey(SECRETS.get("apiKey")))).id(),
                providers.create(uniqueName("rest-azure"), "azure_openai", """
                        {"auth": {"type": "azure_ad_client_secret", "tenantId": "tenant-at-rest", "clientId": "client",
                                  "clientSecret": "%s"}, "azureEndpoint": "https://rest.openai.azure.com"}"""
                        .formatted(SECRETS.get("clientSecret"))).id(),
                providers.create(uniqueName("rest-keys"), "aws_bedrock", """
                        {"auth": {"type": "access_keys", "accessKeyId": "%s", "secretAccessKey": "%s", "sessionToken": "%s"},
                         "region": "us-east-1"}""".formatted(SECRETS.get("accessKeyId"), SECRETS.get("secretAccessKey"),
                        SECRETS.get("sessionToken"))).id(),
                providers.create(uniqueName("rest-token"), "aws_bedrock", """
                        {"auth": {"type": "bearer_token", "token": "%s"}, "region": "us-east-1"}"""
                        .formatted(SECRETS.get("token"))).id());
    }

    /** Byte for byte: ISO-8859-1 maps each byte to one character. */
    private static boolean contains(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
