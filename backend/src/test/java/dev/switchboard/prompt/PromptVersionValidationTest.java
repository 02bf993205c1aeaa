package dev.switchboard.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.openAi;
import static dev.switchboard.prompt.PromptCalls.saveVersion;
import static dev.switchboard.prompt.PromptCalls.version;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a version must be to be saved: never credentials, a connection or an authentication header (a 422
 * naming each, never echoing a value); no member a version does not have; exactly one of a known built-in
 * provider and an existing custom provider; parameters the provider takes (the same errors
 * {@code POST /invocations} gives); a known template format; templates that parse (the error names the
 * message and the line and column). Nothing refused is saved.
 */
@QuarkusTest
class PromptVersionValidationTest {

    private static final String HI = messages("user", "Hi {{ name }}");
    private static final String SECRET = "sk-proj-never-stored-0123456789abcdef";

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    private String name;

    @BeforeEach
    void createPrompt() {
        name = prompts.create("checked", null);
    }

    @AfterEach
    void nothingWasSaved() {
        given().get(PATH + "/" + name + "/versions").then().statusCode(200).body("$", empty());
    }

    private ValidatableResponse refused(String version) {
        return saveVersion(name, version).then().log().ifValidationFails()
                .statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"));
    }

    @Test
    void credentialsAreRefusedWithoutEchoingThem() {
        Response response = saveVersion(name, openAi(HI, "\"credentials\": {\"OPENAI_API_KEY\": \"" + SECRET + "\"}"));

        response.then().statusCode(422).body("errors.field", contains("credentials"));
        assertEquals(-1, response.asString().indexOf(SECRET));
        refused(openAi(HI, "\"credentials\": {}")).body("errors.field", contains("credentials"));
    }

    @Test
    void aConnectionIsRefused() {
        refused(openAi(HI, "\"connection\": {\"baseUrl\": \"https://proxy.example/v1\"}"))
                .body("errors.field", contains("connection"))
                .body("errors[0].message", containsString("custom provider"));
    }

    @Test
    void aVersionInsideACreateIsCheckedUnderItsPath() {
        String other = PromptCalls.uniqueName("checked-create");

        prompts.post("{\"name\": \"" + other + "\", \"version\": " + openAi(HI,
                        "\"credentials\": {\"OPENAI_API_KEY\": \"" + SECRET + "\"}, \"headers\": {\"Authorization\": \"Bearer x\"}") + "}")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("version.credentials", "version.headers.Authorization"))
                .body(not(containsString(SECRET)));

        given().get(PATH + "/" + other).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Authorization", "authorization", "Proxy-Authorization", "api-key", "X-API-Key", "x-api-key",
            "x-goog-api-key"})
    void authenticationHeadersAreRefusedByName(String header) {
        refused(openAi(HI, "\"headers\": {\"X-Team\": \"ok\", \"" + header + "\": \"" + SECRET + "\"}"))
                .body("errors.field", contains("headers." + header))
                .body("errors[0].message", containsString("credentials"))
                .body(not(containsString(SECRET)));
    }

    @Test
    void membersAVersionDoesNotHaveAreRefusedByName() {
        refused(openAi(HI, "\"temprature\": 0.5, \"stream\": true"))
                .body("errors.field", containsInAnyOrder("temprature", "stream"));
    }

    @Test
    void bothAProviderAndACustomProviderAreRefused() {
        refused(version("\"provider\": \"OPENAI\", \"customProviderId\": \"" + UUID.randomUUID() + "\"",
                "gpt-4o-mini", HI, "")).body("errors.field", hasItem("provider"));
    }

    @Test
    void neitherAProviderNorACustomProviderIsRefused() {
        refused("{\"model\": \"gpt-4o-mini\", \"messages\": " + HI + "}").body("errors.field", contains("provider"));
        refused(version("\"provider\": \"  \"", "gpt-4o-mini", HI, "")).body("errors.field", contains("provider"));
    }

    @Test
    void anUnknownProviderIsA422NamingIt() {
        refused(version("\"provider\": \"NOPE\"", "m", HI, ""))
                .body("errors.field", contains("provider"))
                .body("errors[0].message", containsString("NOPE"));
    }

    @Test
    void anUnknownCustomProviderIsA422() {
        refused(version("\"customProviderId\": \"" + UUID.randomUUID() + "\"", "gpt-4o-mini", HI, ""))
                .body("errors.field", contains("customProviderId"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ANTHROPIC | claude-sonnet-4-5 | "temperature": 1.5
            ANTHROPIC | claude-sonnet-4-5 | "seed": 7
            OPENAI    | gpt-4o-mini       | "temperature": 2.5
            OPENAI    | gpt-4o-mini       | "n": 2, "topP": 1.5
            GOOGLE    | gemini-2.5-flash  | "maxTokens": 0
            """)
    void parametersTheProviderDoesNotTakeGetTheErrorsOfAnInvocation(String provider, String model, String parameters)
            throws Exception {
        String body = version("\"provider\": \"" + provider + "\"", model, HI, "\"parameters\": {" + parameters + "}");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode invocationErrors = mapper.readTree(json(body).then().statusCode(422).extract().asString()).get("errors");

        JsonNode versionErrors = mapper.readTree(refused(body).extract().asString()).get("errors");

        assertEquals(invocationErrors, versionErrors);
        assertTrue(versionErrors.toString().contains("parameters."), versionErrors.toString());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"jinja2", "MUSTACHE", "f-string", ""})
    void anUnknownTemplateFormatIsRefused(String format) {
        refused(openAi(HI, "\"templateFormat\": \"" + format + "\""))
                .body("errors.field", contains("templateFormat"))
                .body("errors[0].message", allOf(containsString("mustache"), containsString("f_string"), containsString("none")));
    }

    @Test
    void eachTemplateFormatListsTheVariablesItsSyntaxNames() {
        String other = prompts.create("formats", null);
        String text = messages("system", "{{ a }} {b} {{c}}", "user", "{d}");

        saveVersion(other, openAi(text, "\"templateFormat\": \"mustache\"")).then().statusCode(201)
                .body("templateFormat", equalTo("mustache")).body("variables", contains("a", "c"));
        saveVersion(other, openAi(text, "\"templateFormat\": \"f_string\"")).then().statusCode(201)
                .body("templateFormat", equalTo("f_string")).body("variables", contains("b", "d"));
        saveVersion(other, openAi(messages("user", "{{ # } {"), "\"templateFormat\": \"none\"")).then().statusCode(201)
                .body("templateFormat", equalTo("none")).body("variables", empty());
    }

    @Test
    void aTemplateThatDoesNotParseIsRefusedNamingTheMessageLineAndColumn() {
        String broken = messages("system", "Fine {{ topic }}", "user", "Line one\nLine {{ two", "assistant", "ok",
                "user", "{{#each}}");

        refused(openAi(broken, ""))
                .body("errors.field", contains("messages[1].content", "messages[3].content"))
                .body("errors[0].message", allOf(containsString("not closed"), containsString("line 2, column 6")))
                .body("errors[1].message", allOf(containsString("not supported"), containsString("line 1, column 1")));
        refused(openAi(messages("user", "x\n\n  a } b"), "\"templateFormat\": \"f_string\""))
                .body("errors.field", contains("messages[0].content"))
                .body("errors[0].message", allOf(containsString("single '}'"), containsString("line 3, column 5")));
    }

    @Test
    void aVersionWithoutModelOrMessagesIsRefusedNamingThem() {
        refused("{\"provider\": \"OPENAI\", \"messages\": " + HI + "}").body("errors.field", contains("model"));
        refused("{\"provider\": \"OPENAI\", \"model\": \"gpt-4o-mini\", \"messages\": []}")
                .body("errors.field", contains("messages"));
        refused("{\"provider\": \"OPENAI\", \"model\": \"gpt-4o-mini\"}").body("errors.field", contains("messages"));
    }

    @Test
    void aBodyThatIsNotAVersionIsAProblemNotAServerError() {
        saveVersion(name, "[1, 2]").then().statusCode(400).contentType(ProblemDetail.MEDIA_TYPE);
        saveVersion(name, "{\"provider\": \"OPENAI\", \"model\": \"m\", \"messages\": " + HI + ", \"headers\": {\"X\": 1}}")
                .then().statusCode(400).contentType(ProblemDetail.MEDIA_TYPE);
        saveVersion(name, "{").then().statusCode(400).contentType(ProblemDetail.MEDIA_TYPE);
        saveVersion(name, "{}").then().statusCode(422).body("errors.field", containsInAnyOrder("model", "messages"));
        given().contentType(ContentType.JSON).post(PATH + "/" + name + "/versions")
                .then().statusCode(oneOf(400, 422)).contentType(ProblemDetail.MEDIA_TYPE);
    }
}
