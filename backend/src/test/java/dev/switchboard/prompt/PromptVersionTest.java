package dev.switchboard.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.getVersion;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.openAi;
import static dev.switchboard.prompt.PromptCalls.save;
import static dev.switchboard.prompt.PromptCalls.saveVersion;
import static dev.switchboard.prompt.PromptCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/prompts/{name}/versions}: versions are numbered 1, 2, … per prompt, also when several are
 * saved at once; they are listed newest first and read by number or as {@code latest}; what is read back is
 * what was posted, member for member; and what does not exist is a 404.
 */
@QuarkusTest
class PromptVersionTest {

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    private static String numbered(String description) {
        return openAi(messages("user", "Say {{ word }}"), "\"description\": \"" + description + "\"");
    }

    @Test
    void numbersVersionsFromOnePerPromptAtTheirLocation() {
        String first = prompts.create("numbers-a", null);
        String second = prompts.create("numbers-b", numbered("b1"));

        Response saved = saveVersion(first, numbered("a1"));
        saved.then().statusCode(201).header("Location", endsWith(PATH + "/" + first + "/versions/1"))
                .body("prompt", equalTo(first)).body("number", equalTo(1)).body("tags", empty());
        assertEquals(2, save(second, numbered("b2")));
        assertEquals(2, save(first, numbered("a2")));
        assertEquals(3, save(first, numbered("a3")));

        given().get(saved.header("Location")).then().statusCode(200).body("description", equalTo("a1"));
        given().get(PATH + "/" + first).then().body("latestVersion", equalTo(3));
        given().get(PATH + "/" + second).then().body("latestVersion", equalTo(2));
    }

    @Test
    void concurrentSavesOfOnePromptGetDistinctConsecutiveNumbers() throws Exception {
        int writers = 10;
        String name = prompts.create("concurrent", null);

        List<Integer> numbers = PromptCalls.atOnce(writers, i -> save(name, numbered("writer " + i)));

        assertEquals(IntStream.rangeClosed(1, writers).boxed().toList(), numbers.stream().sorted().toList());
        List<Integer> listed = given().get(PATH + "/" + name + "/versions").then().statusCode(200).extract().path("number");
        assertEquals(IntStream.iterate(writers, n -> n - 1).limit(writers).boxed().toList(), listed);
    }

    @Test
    void listsNewestFirstAndReadsByNumberOrLatest() {
        String name = prompts.create("readable", numbered("one"));
        save(name, numbered("two"));
        save(name, numbered("three"));

        given().get(PATH + "/" + name + "/versions").then().statusCode(200)
                .body("number", contains(3, 2, 1))
                .body("description", contains("three", "two", "one"))
                .body("prompt", contains(name, name, name));
        getVersion(name, "2").then().statusCode(200).body("number", equalTo(2)).body("description", equalTo("two"));
        getVersion(name, "latest").then().statusCode(200).body("number", equalTo(3)).body("description", equalTo("three"));
    }

    @Test
    void whatDoesNotExistIsA404() {
        String empty = prompts.create("no-versions", null);
        String name = prompts.create("one-version", numbered("one"));
        String missing = uniqueName("missing");

        getVersion(empty, "latest").then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "not-found")).body("detail", containsString("no version yet"));
        for (String number : List.of("2", "0", "-1", "99999999999", "two", "LATEST")) {
            getVersion(name, number).then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE)
                    .body("type", equalTo(PROBLEM + "not-found"));
        }
        getVersion(missing, "1").then().statusCode(404).body("detail", containsString(missing));
        getVersion(missing, "latest").then().statusCode(404);
        given().get(PATH + "/" + missing + "/versions").then().statusCode(404);
        saveVersion(missing, numbered("x")).then().statusCode(404);
    }

    @Test
    void theSavedVersionIsWhatWasPostedMemberForMember() throws Exception {
        String posted = """
                {"description": "every member", "templateFormat": "f_string", "provider": "OPENAI",
                 "model": "gpt-4o-mini", "apiType": "chat_completions",
                 "messages": [
                   {"role": "system", "content": "You help with {product}. Braces: {{ and }}.", "toolCalls": [], "toolCallId": null},
                   {"role": "user", "content": "Weather in {city}?\\nAnswer in {language}.", "toolCalls": [], "toolCallId": null},
                   {"role": "assistant", "content": null, "toolCalls": [
                     {"id": "call_1", "name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}", "thoughtSignature": null}],
                    "toolCallId": null},
                   {"role": "tool", "content": "{{\\"celsius\\": 21}}", "toolCalls": [], "toolCallId": "call_1"},
                   {"role": "user", "content": "Thanks, {name} \u00e9\u00e8 \ud83d\ude42", "toolCalls": [], "toolCallId": null}],
                 "tools": [{"name": "get_weather", "description": "Current weather",
                            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}],
                 "toolChoice": {"name": "get_weather"},
                 "responseFormat": {"type": "json_schema", "name": "answer", "strict": true,
                                    "schema": {"type": "object", "properties": {"text": {"type": "string"}}}},
                 "parameters": {"temperature": 0.3, "maxTokens": 512, "topP": 0.95, "stop": ["END", "STOP"], "seed": 42,
                                "reasoningEffort": null, "frequencyPenalty": 0.5, "presencePenalty": -0.5, "n": 1},
                 "headers": {"X-Team": "support", "x-trace-ID": "abc 123"}}""";
        String name = prompts.create("faithful", null);

        Response saved = saveVersion(name, posted);
        saved.then().log().ifValidationFails().statusCode(201);
        Response read = getVersion(name, "1");

        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(posted);
        for (JsonNode version : List.of(json.readTree(saved.asString()), json.readTree(read.asString()))) {
            expected.fields().forEachRemaining(member ->
                    assertEquals(member.getValue(), version.get(member.getKey()), member.getKey()));
            assertEquals(json.readTree("[\"product\", \"city\", \"language\", \"name\"]"), version.get("variables"));
            assertEquals(1, version.get("number").asInt());
            assertEquals(name, version.get("prompt").asText());
            assertTrue(version.get("customProviderId").isNull());
            assertTrue(version.get("customProviderName").isNull());
            assertFalse(version.get("customProviderDeleted").asBoolean());
        }
        assertEquals(json.readTree(saved.asString()), json.readTree(read.asString()));
    }

    @Test
    void schemasKeepTheOrderOfTheirProperties() {
        // OpenAI's structured outputs answer in the schema's key order: "reasoning" before "answer" matters
        String schema = "{\"type\": \"object\", \"properties\": {\"reasoning\": {\"type\": \"string\"}, "
                + "\"answer\": {\"type\": \"string\"}}, \"required\": [\"reasoning\", \"answer\"]}";
        String name = prompts.create("ordered", openAi(messages("user", "Why?"),
                "\"responseFormat\": {\"type\": \"json_schema\", \"name\": \"answer\", \"schema\": " + schema + "}, "
                        + "\"tools\": [{\"name\": \"think\", \"parameters\": " + schema + "}], "
                        + "\"headers\": {\"X-Zulu\": \"1\", \"X-Al\": \"2\"}"));

        String read = getVersion(name, "1").then().statusCode(200).extract().asString();

        String compact = schema.replace(" ", "");
        assertTrue(read.contains("\"schema\":" + compact), read);
        assertTrue(read.contains("\"parameters\":" + compact), read);
        assertTrue(read.contains("{\"X-Zulu\":\"1\",\"X-Al\":\"2\"}"), read);
    }

    @Test
    void membersLeftOutAreSavedAsDefaults() {
        String name = prompts.create("defaults", null);

        saveVersion(name, openAi("[{\"role\": \"user\", \"content\": \"{{x}}\"}]", "")).then().statusCode(201);

        getVersion(name, "1").then().statusCode(200)
                .body("description", equalTo(""))
                .body("templateFormat", equalTo("mustache"))
                .body("variables", contains("x"))
                .body("apiType", equalTo(null))
                .body("tools", empty())
                .body("toolChoice", equalTo(null))
                .body("responseFormat", equalTo(null))
                .body("headers", equalTo(Map.of()))
                .body("parameters.stop", empty())
                .body("parameters.temperature", equalTo(null))
                .body("messages[0].toolCalls", empty());
    }
}
