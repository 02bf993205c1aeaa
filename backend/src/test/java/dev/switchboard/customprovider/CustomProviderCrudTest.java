package dev.switchboard.customprovider;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.secret.Vault;
import dev.switchboard.testing.CustomProviderCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.switchboard.testing.CustomProviderCalls.PATH;
import static dev.switchboard.testing.CustomProviderCalls.input;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Create, list, get, change and delete over HTTP against the real database: the answer's shape (no
 * secret, which secrets are set with last-four hints, host, API types and their default), ordering,
 * field replacement by PATCH with an omitted secret kept in the stored row, and the 404s.
 */
@QuarkusTest
class CustomProviderCrudTest {

    private static final String LONG_KEY = "sk-crud-0123456789abcdefWXYZ";
    private static final Set<String> VIEW_FIELDS = Set.of("id", "name", "description", "provider", "sdk", "status",
            "config", "secretsSet", "host", "authType", "apiTypes", "defaultApiType", "parameters",
            "parametersByApiType", "maxTemperature", "createdAt", "updatedAt");

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Inject
    Vault vault;

    @Inject
    CustomProviderService service;

    @Test
    void createAnswers201WithLocationAndTheProviderWithoutItsSecret() {
        String name = uniqueName("crud-create");
        Instant before = Instant.now();

        Response response = providers.post("""
                {"name": "%s", "description": "The team's proxy", "provider": "OpenAI via proxy", "sdk": "openai",
                 "config": {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "https://llm-proxy.example.com/v1",
                            "headers": {"X-Team": "a"}}}""".formatted(name, LONG_KEY));

        response.then().statusCode(201).contentType(ContentType.JSON);
        JsonPath body = response.jsonPath();
        String id = body.getString("id");
        assertEquals(id, UUID.fromString(id).toString());
        assertThat(response.header("Location"), allOf(startsWith("http"), endsWith(PATH + "/" + id)));
        assertEquals(VIEW_FIELDS, body.getMap("").keySet());
        assertEquals(name, body.getString("name"));
        assertEquals("The team's proxy", body.getString("description"));
        assertEquals("OpenAI via proxy", body.getString("provider"));
        assertEquals("openai", body.getString("sdk"));
        assertEquals("ok", body.getString("status"));
        assertEquals(Map.of("auth", Map.of("type", "api_key"), "baseUrl", "https://llm-proxy.example.com/v1",
                "headers", Map.of("X-Team", "a"), "apiType", "responses"), body.getMap("config"));
        assertEquals(Map.of("apiKey", "WXYZ"), body.getMap("secretsSet"));
        assertEquals("llm-proxy.example.com", body.getString("host"));
        assertEquals("api_key", body.getString("authType"));
        assertEquals(List.of("chat_completions", "responses"), body.getList("apiTypes"));
        assertEquals("responses", body.getString("defaultApiType"));
        assertTrue(body.getList("parameters").contains("temperature"), body.prettify());
        assertEquals(Set.of("chat_completions", "responses"), body.getMap("parametersByApiType").keySet());
        assertEquals(2.0, body.getDouble("maxTemperature"));
        Instant createdAt = Instant.parse(body.getString("createdAt"));
        assertEquals(createdAt, Instant.parse(body.getString("updatedAt")));
        assertTrue(Duration.between(before, createdAt).abs().compareTo(Duration.ofMinutes(1)) < 0, "created now");
        assertFalse(response.asString().contains(LONG_KEY));
    }

    @Test
    void secretsSetNamesEveryStoredFieldWithAHintOnlyFromTwentyCharacters() {
        String id = providers.create(uniqueName("crud-hints"), "aws_bedrock", """
                {"auth": {"type": "access_keys", "accessKeyId": "AKIAIOSFODNN7EXAMPLE",
                          "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sessionToken": "short-token-19chars"},
                 "region": "eu-west-1"}""").id();

        Map<String, Object> secretsSet = CustomProviderCalls.get(id).then().statusCode(200).extract().path("secretsSet");

        // 20 characters get a hint, 19 do not: the field is present with null.
        assertEquals(Set.of("accessKeyId", "secretAccessKey", "sessionToken"), secretsSet.keySet());
        assertEquals("MPLE", secretsSet.get("accessKeyId"));
        assertEquals("EKEY", secretsSet.get("secretAccessKey"));
        assertEquals(null, secretsSet.get("sessionToken"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}}                                   | api.openai.com                    | chat_completions,responses | responses        | responses
            openai       | {"auth": {"type": "api_key", "apiKey": "k"}, "apiType": "chat_completions"}    | api.openai.com                    | chat_completions,responses | chat_completions | chat_completions
            azure_openai | {"auth": {"type": "api_key", "apiKey": "k"}, "azureEndpoint": "https://r.openai.azure.com"} | r.openai.azure.com | chat_completions,responses | responses     | responses
            anthropic    | {"auth": {"type": "api_key", "apiKey": "k"}}                                   | api.anthropic.com                 | chat_completions           | chat_completions |
            google_genai | {"auth": {"type": "api_key", "apiKey": "k"}}                                   | generativelanguage.googleapis.com | chat_completions           | chat_completions |
            aws_bedrock  | {"auth": {"type": "bearer_token", "token": "t"}, "region": "ap-southeast-2"}   | bedrock-runtime.ap-southeast-2.amazonaws.com | chat_completions | chat_completions |
            aws_bedrock  | {"auth": {"type": "default_credentials"}, "region": "us-east-1", "endpointUrl": "https://vpce.example.com"} | vpce.example.com | chat_completions | chat_completions |
            """)
    void hostAndApiTypesFollowTheSdkAndResponsesIsTheDefaultOfOpenAiProtocols(
            String sdk, String config, String host, String apiTypes, String defaultApiType, String configApiType) {
        String id = providers.create(uniqueName("crud-" + sdk), sdk, config).id();

        JsonPath body = CustomProviderCalls.get(id).then().statusCode(200).extract().jsonPath();

        assertEquals(host, body.getString("host"));
        assertEquals(List.of(apiTypes.split(",")), body.getList("apiTypes"));
        assertEquals(defaultApiType, body.getString("defaultApiType"));
        assertEquals(configApiType, body.getString("config.apiType"), "config.apiType is kept for openai protocols only");
    }

    @Test
    void listIsSortedByNameIgnoringCase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("zeta", "Alpha", "gamma", "Beta")) {
            providers.create(name + "-" + tag, "anthropic", "{\"auth\": {\"type\": \"api_key\", \"apiKey\": \"k\"}}");
        }

        List<String> names = CustomProviderCalls.list().then().statusCode(200).extract().jsonPath().getList("name");

        assertEquals(List.of("Alpha-" + tag, "Beta-" + tag, "gamma-" + tag, "zeta-" + tag),
                names.stream().filter(name -> name.endsWith(tag)).toList());
    }

    @Test
    void getAndListShowWhatCreateAnswered() {
        Response created = providers.post(input(uniqueName("crud-get"), "openai", """
                {"auth": {"type": "api_key", "apiKey": "%s"}, "headers": {"X-Env": "prod"}}""".formatted(LONG_KEY)));
        String id = created.path("id");

        Map<String, Object> got = CustomProviderCalls.get(id).then().statusCode(200).extract().jsonPath().getMap("");
        List<Map<String, Object>> listed = CustomProviderCalls.list().jsonPath().getList("findAll { it.id == '" + id + "' }");

        assertEquals(created.jsonPath().getMap(""), got);
        assertEquals(List.of(got), listed);
    }

    @Test
    void patchReplacesTheGivenFieldsAndKeepsAnOmittedSecret() throws Throwable {
        String id = providers.create("""
                {"name": "%s", "description": "before", "provider": "label", "sdk": "openai",
                 "config": {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "https://proxy.example.com/v1",
                            "headers": {"X-Team": "a", "X-Env": "prod"}}}""".formatted(uniqueName("crud-patch"), LONG_KEY)).id();
        JsonPath before = CustomProviderCalls.get(id).jsonPath();

        JsonPath after = CustomProviderCalls.change(id, """
                {"description": "after", "config": {"auth": {"type": "api_key"}, "baseUrl": "https://proxy.example.com/v1",
                 "headers": {"X-Team": "b"}, "apiType": "chat_completions"}}""")
                .then().statusCode(200).extract().jsonPath();

        assertEquals("after", after.getString("description"));
        assertEquals(before.getString("name"), after.getString("name"));
        assertEquals("label", after.getString("provider"));
        assertEquals(Map.of("X-Team", "b"), after.getMap("config.headers"), "the config is replaced, not merged");
        assertEquals("chat_completions", after.getString("config.apiType"));
        assertEquals("chat_completions", after.getString("defaultApiType"));
        assertEquals(Map.of("apiKey", "WXYZ"), after.getMap("secretsSet"));
        assertEquals(before.getString("createdAt"), after.getString("createdAt"));
        assertTrue(Instant.parse(after.getString("updatedAt")).isAfter(Instant.parse(before.getString("updatedAt"))));
        assertEquals(after.getMap(""), CustomProviderCalls.get(id).jsonPath().getMap(""));
        // The stored row still holds the key, bound to this provider and field, and the service serves it.
        CustomProviderRows.Secret row = CustomProviderRows.secret(id, "apiKey");
        assertEquals(LONG_KEY, vault.open(SecretField.apiKey.identity(UUID.fromString(id)), row.value()).orElseThrow());
        CustomProvider served = VertxContextSupport.subscribeAndAwait(() -> service.find(UUID.fromString(id)));
        assertEquals(LONG_KEY, served.secret(SecretField.apiKey));
        assertEquals(Map.of("X-Team", "b"), served.settings().headers());
    }

    @Test
    void patchOfTheNameAloneKeepsTheConfigAndSecrets() {
        String id = providers.create(uniqueName("crud-rename"), "google_genai", """
                {"auth": {"type": "api_key", "apiKey": "%s"}, "baseUrl": "https://gemini-proxy.example.com",
                 "headers": {"X-Team": "a"}}""".formatted(LONG_KEY)).id();
        JsonPath before = CustomProviderCalls.get(id).jsonPath();
        String renamed = uniqueName("crud-renamed");

        JsonPath after = CustomProviderCalls.change(id, "{\"name\": \"  " + renamed + "  \"}")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(renamed, after.getString("name"));
        assertEquals(before.getMap("config"), after.getMap("config"));
        assertEquals(before.getMap("secretsSet"), after.getMap("secretsSet"));
        assertEquals(before.getString("description"), after.getString("description"));
    }

    @Test
    void deleteAnswers204AndRemovesTheProviderWithItsSecretRows() throws Exception {
        String id = providers.create(uniqueName("crud-delete"), "openai",
                "{\"auth\": {\"type\": \"api_key\", \"apiKey\": \"" + LONG_KEY + "\"}}").id();
        assertEquals(1, CustomProviderRows.secrets(id).size());

        CustomProviderCalls.delete(id).then().statusCode(204).body(equalTo(""));

        CustomProviderCalls.get(id).then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE);
        CustomProviderCalls.delete(id).then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE);
        assertFalse(CustomProviderCalls.list().jsonPath().getList("id").contains(id));
        assertEquals(List.of(), CustomProviderRows.secrets(id));
    }

    @Test
    void unknownIdIsA404ProblemOnEveryRoute() {
        String id = UUID.randomUUID().toString();

        for (Response response : List.of(CustomProviderCalls.get(id), CustomProviderCalls.delete(id),
                CustomProviderCalls.change(id, "{\"description\": \"x\"}"),
                given().post(PATH + "/" + id + "/test"), given().get(PATH + "/" + id + "/models"))) {
            response.then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE)
                    .body("type", equalTo(PROBLEM + "not-found"))
                    .body("status", equalTo(404))
                    .body("detail", containsString(id));
        }
    }

    @Test
    void malformedIdIsA404ProblemNotAServerError() {
        for (Response response : List.of(CustomProviderCalls.get("not-a-uuid"), CustomProviderCalls.delete("42"),
                CustomProviderCalls.change("not-a-uuid", "{\"description\": \"x\"}"))) {
            response.then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE).body("status", equalTo(404));
        }
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"sdk\": ").post(PATH)
                .then().statusCode(400).contentType(ProblemDetail.MEDIA_TYPE).body("type", equalTo(PROBLEM + "malformed-json"));
    }
}
