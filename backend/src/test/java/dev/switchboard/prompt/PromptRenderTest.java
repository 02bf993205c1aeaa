package dev.switchboard.prompt;

import dev.switchboard.common.problem.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.body;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.moveTag;
import static dev.switchboard.prompt.PromptCalls.object;
import static dev.switchboard.prompt.PromptCalls.openAi;
import static dev.switchboard.prompt.PromptCalls.render;
import static dev.switchboard.prompt.PromptCalls.save;
import static dev.switchboard.prompt.PromptCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code POST /api/v1/prompts/{name}/render}: the version chosen by number, by tag or as the latest, its messages
 * with every variable filled in exactly (values inserted as they are, whatever braces they hold), with its model
 * configuration; a missing variable is a 422 naming each one, extra variables are ignored, and version together
 * with tag is a 422.
 */
@QuarkusTest
class PromptRenderTest {

    private static final String V1 = openAi(messages(
            "system", "You answer questions about {{ product }}.",
            "user", "{{question}}\n-- {{ product }} support"),
            "\"parameters\": {\"temperature\": 0.2, \"maxTokens\": 300}, \"headers\": {\"X-Team\": \"support\"}");
    private static final String V2 = openAi(messages(
            "system", "Version 2 for {{ product }}.",
            "user", "{{ question }}"), "\"apiType\": \"responses\"");
    private static final String VALUES = object("product", "Switchboard", "question", "How do I tag a version?");

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    @Test
    void rendersAVersionByNumberWithItsModelConfiguration() {
        String name = prompts.create("render", V1);
        save(name, V2);

        render(name, body("\"version\": 1", "\"variables\": " + VALUES)).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("prompt", equalTo(name))
                .body("version", equalTo(1))
                .body("tag", nullValue())
                .body("messages.role", contains("system", "user"))
                .body("messages.content", contains("You answer questions about Switchboard.",
                        "How do I tag a version?\n-- Switchboard support"))
                .body("provider", equalTo("OPENAI"))
                .body("customProviderId", nullValue())
                .body("model", equalTo("gpt-4o-mini"))
                .body("apiType", nullValue())
                .body("parameters.temperature", equalTo(0.2f))
                .body("parameters.maxTokens", equalTo(300))
                .body("headers", equalTo(Map.of("X-Team", "support")));
    }

    @Test
    void rendersTheVersionATagPointsAtAndNamesTheTag() {
        String name = prompts.create("render-tag", V1);
        save(name, V2);
        moveTag(name, "production", 1).then().statusCode(200);

        render(name, body("\"tag\": \"production\"", "\"variables\": " + VALUES)).then().statusCode(200)
                .body("version", equalTo(1))
                .body("tag", equalTo("production"))
                .body("messages[0].content", equalTo("You answer questions about Switchboard."));
    }

    @Test
    void rendersTheLatestVersionWhenNeitherIsGiven() {
        String name = prompts.create("render-latest", V1);
        save(name, V2);

        render(name, body("\"variables\": " + VALUES)).then().statusCode(200)
                .body("version", equalTo(2))
                .body("tag", nullValue())
                .body("apiType", equalTo("responses"))
                .body("messages.content", contains("Version 2 for Switchboard.", "How do I tag a version?"));
    }

    @Test
    void eachMissingVariableIsNamedAndExtraOnesAreIgnored() {
        String name = prompts.create("render-missing", V1);

        render(name, body("\"variables\": {\"unused\": \"x\"}")).then().statusCode(422)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains("variables.product", "variables.question"))
                .body("detail", containsString("product, question"));
        render(name, "{}").then().statusCode(422).body("errors.field", contains("variables.product", "variables.question"));
        render(name, body("\"variables\": {\"question\": \"q\", \"product\": null}")).then().statusCode(422)
                .body("errors.field", contains("variables.product"));
        render(name, body("\"variables\": {\"question\": \"q\", \"product\": \"p\", \"unused\": \"x\"}")).then()
                .statusCode(200).body("messages.content", contains("You answer questions about p.", "q\n-- p support"));
    }

    @Test
    void valuesAreInsertedAsTheyAreEvenWhenTheyLookLikeTemplates() {
        String name = prompts.create("render-literal", V1);
        String product = "{{ question }} <b>&amp;</b> {x} }}";

        render(name, body("\"variables\": " + object("product", product, "question", ""))).then().statusCode(200)
                .body("messages.content", contains("You answer questions about " + product + ".", "\n-- " + product + " support"));
    }

    @Test
    void anFStringVersionRendersWithPythonsBraces() {
        String name = prompts.create("render-fstring", openAi(messages("user", "{{literal}} {name}: {{{name}}}"),
                "\"templateFormat\": \"f_string\""));

        render(name, body("\"variables\": {\"name\": \"Ada\"}")).then().statusCode(200)
                .body("messages[0].content", equalTo("{literal} Ada: {Ada}"));
    }

    @Test
    void versionAndTagTogetherAreRefused() {
        String name = prompts.create("render-both", V1);
        moveTag(name, "production", 1).then().statusCode(200);

        render(name, body("\"version\": 1", "\"tag\": \"production\"", "\"variables\": " + VALUES)).then()
                .statusCode(422).contentType(ProblemDetail.MEDIA_TYPE).body("errors.field", contains("tag"));
    }

    @Test
    void whatDoesNotExistIsA404() {
        String name = prompts.create("render-404", V1);
        String empty = prompts.create("render-empty", null);

        render(name, body("\"version\": 2", "\"variables\": " + VALUES)).then().statusCode(404)
                .contentType(ProblemDetail.MEDIA_TYPE).body("type", equalTo(PROBLEM + "not-found"));
        render(name, body("\"tag\": \"production\"", "\"variables\": " + VALUES)).then().statusCode(404)
                .body("detail", containsString("production"));
        render(empty, "{}").then().statusCode(404).body("detail", containsString("no version yet"));
        render(uniqueName("missing"), "{}").then().statusCode(404);
        given().contentType(ContentType.JSON).post(PATH + "/" + uniqueName("missing") + "/render").then().statusCode(404);
    }
}
