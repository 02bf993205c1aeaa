package dev.switchboard.prompt;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.testing.CustomProviderCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.getVersion;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.openAi;
import static dev.switchboard.prompt.PromptCalls.version;
import static dev.switchboard.testing.CustomProviderCalls.apiKey;
import static dev.switchboard.testing.CustomProviderCalls.config;
import static dev.switchboard.testing.CustomProviderCalls.member;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.TestDatabase.connect;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A saved version never changes: the API has no method that writes to a version (405 for each, and the version
 * reads back the same), and the database refuses an UPDATE of any column of {@code prompt_versions}, changed or
 * not, even clearing the custom provider while it exists; the one update let through is the database's own
 * {@code ON DELETE SET NULL} (see {@link PromptCustomProviderTest}).
 */
@QuarkusTest
class PromptVersionImmutabilityTest {

    /** restrict_violation, the SQLSTATE the trigger raises. */
    private static final String REFUSED = "23001";

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Test
    void noMethodButGetAndPostReachesAVersion() {
        String name = prompts.create("no-writes", openAi(messages("user", "Hi {{ who }}"), "\"description\": \"one\""));
        String before = getVersion(name, "1").asString();
        String body = openAi(messages("user", "Changed"), "");
        Map<String, BiFunction<RequestSpecification, String, io.restassured.response.Response>> methods = new LinkedHashMap<>();
        methods.put("PUT", RequestSpecification::put);
        methods.put("PATCH", RequestSpecification::patch);
        methods.put("DELETE", RequestSpecification::delete);
        methods.put("POST", RequestSpecification::post);

        methods.forEach((method, call) -> {
            for (String path : new String[]{PATH + "/" + name + "/versions/1", PATH + "/" + name + "/versions/latest",
                    PATH + "/" + name + "/versions"}) {
                if (method.equals("POST") && path.endsWith("/versions")) {
                    continue; // saving a new version
                }
                call.apply(given().contentType(ContentType.JSON).body(body), path).then()
                        .log().ifValidationFails()
                        .statusCode(405).contentType(ProblemDetail.MEDIA_TYPE)
                        .header("Allow", containsString("GET"))
                        .body("type", equalTo(PROBLEM + "method-not-allowed"));
            }
        });

        assertEquals(before, getVersion(name, "1").asString());
        given().get(PATH + "/" + name).then().body("latestVersion", equalTo(1));
    }

    @Test
    void theDatabaseRefusesAnUpdateOfEveryColumn() throws SQLException {
        String name = prompts.create("sealed", openAi(messages("user", "Hi {{ who }}"), "\"description\": \"one\""));
        String other = prompts.create("elsewhere", null);
        CustomProviderCalls.Saved provider = providers.create("openai",
                config(apiKey("sk-sealed-0123456789"), member("baseUrl", "http://127.0.0.1:9/v1")));
        String before = getVersion(name, "1").asString();
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("id", "gen_random_uuid()");
        changes.put("prompt_id", "(SELECT id FROM prompts WHERE name = '" + other + "')");
        changes.put("number", "number + 100");
        changes.put("description", "'rewritten'");
        changes.put("template_format", "'none'");
        changes.put("messages", "'[{\"role\": \"user\", \"content\": \"injected\"}]'::json");
        changes.put("variables", "'[\"other\"]'::json");
        changes.put("tools", "'[{\"name\": \"t\"}]'::json");
        changes.put("tool_choice", "'\"auto\"'::json");
        changes.put("response_format", "'{\"type\": \"text\"}'::json");
        changes.put("parameters", "'{\"temperature\": 2}'::json");
        changes.put("headers", "'{\"X-Evil\": \"1\"}'::json");
        changes.put("provider", "'ANTHROPIC'");
        changes.put("custom_provider_id", "'" + provider.id() + "'");
        changes.put("custom_provider_name", "'someone'");
        changes.put("model", "'gpt-4o'");
        changes.put("api_type", "'responses'");
        changes.put("created_at", "created_at - interval '1 day'");

        try (Connection db = connect()) {
            assertEquals(columns(db), new TreeSet<>(changes.keySet()), "every column has an update to refuse");
            UUID id = versionId(db, name);
            for (Map.Entry<String, String> change : changes.entrySet()) {
                assertRefused(db, "UPDATE prompt_versions SET " + change.getKey() + " = " + change.getValue()
                        + " WHERE id = ?", id);
                assertRefused(db, "UPDATE prompt_versions SET " + change.getKey() + " = " + change.getKey()
                        + " WHERE id = ?", id);
            }
        }

        assertEquals(before, getVersion(name, "1").asString());
    }

    @Test
    void theDatabaseRefusesClearingTheCustomProviderOfAVersionWhileTheProviderExists() throws SQLException {
        CustomProviderCalls.Saved provider = providers.create("openai",
                config(apiKey("sk-sealed-0123456789"), member("baseUrl", "http://127.0.0.1:9/v1")));
        String name = prompts.create("custom-sealed", version("\"customProviderId\": \"" + provider.id() + "\"",
                "gpt-4o-mini", messages("user", "Hi"), ""));

        try (Connection db = connect()) {
            UUID id = versionId(db, name);
            assertRefused(db, "UPDATE prompt_versions SET custom_provider_id = NULL WHERE id = ?", id);
            assertRefused(db, "UPDATE prompt_versions SET custom_provider_id = NULL, custom_provider_name = 'other' "
                    + "WHERE id = ?", id);
        }

        getVersion(name, "1").then().statusCode(200)
                .body("customProviderId", equalTo(provider.id()))
                .body("customProviderName", equalTo(provider.name()))
                .body("customProviderDeleted", equalTo(false));
    }

    private static void assertRefused(Connection db, String update, UUID id) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (PreparedStatement statement = db.prepareStatement(update)) {
                statement.setObject(1, id);
                statement.executeUpdate();
            }
        }, update);
        assertEquals(REFUSED, refused.getSQLState(), update + ": " + refused.getMessage());
        assertTrue(refused.getMessage().contains("prompt versions are immutable"), refused.getMessage());
    }

    private static TreeSet<String> columns(Connection db) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'prompt_versions'");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    static UUID versionId(Connection db, String prompt) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT v.id FROM prompt_versions v JOIN prompts p "
                + "ON p.id = v.prompt_id WHERE p.name = ? AND v.number = 1")) {
            statement.setString(1, prompt);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }
}
