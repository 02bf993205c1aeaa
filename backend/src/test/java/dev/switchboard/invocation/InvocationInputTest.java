package dev.switchboard.invocation;

import dev.switchboard.testing.InvocationCalls;
import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.InvocationCalls.SAY_HI;
import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.invocationWith;
import static dev.switchboard.testing.InvocationCalls.json;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.ANTHROPIC;
import static dev.switchboard.testing.MockProvider.AWS;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on {@code POST /api/v1/invocations} is refused before anything goes upstream, in both answer
 * modes: a value of the wrong JSON type is a 400 malformed-json problem, a value the contract or the
 * chosen provider rules out a 422 validation problem; both name the field, and the mock upstream (the
 * providers are pointed at it, with their keys) receives nothing.
 */
@QuarkusTest
@WithMockUpstream(pointAt = {OPENAI, ANTHROPIC, AWS})
class InvocationInputTest {

    static MockUpstream upstream;

    /** Both ways of asking: a streamed answer and a whole one. */
    static Stream<Function<String, Response>> modes() {
        return Stream.of(InvocationCalls::stream, InvocationCalls::json);
    }

    @AfterEach
    void nothingWentUpstream() {
        assertTrue(upstream.requests().isEmpty(), () -> "sent upstream: " + upstream.requests());
    }

    static String openai(String... members) {
        return invocationWith("OPENAI", "gpt-4o-mini", members);
    }

    /** A member of the wrong JSON type, and the path of the field it is at. */
    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of(openai("\"messages\": [{\"role\": \"user\", \"content\": 42}]"), "messages[0].content", "a string"),
                Arguments.of(openai("\"messages\": [{\"role\": \"user\", \"content\": true}]"), "messages[0].content", "a string"),
                Arguments.of(openai("\"messages\": [{\"role\": 1, \"content\": \"Hi\"}]"), "messages[0].role", "one of"),
                Arguments.of(openai(SAY_HI, "\"credentials\": {\"OPENAI_API_KEY\": 98765432101234}"),
                        "credentials.OPENAI_API_KEY", "a string"),
                Arguments.of(openai(SAY_HI, "\"headers\": {\"X-Team\": true}"), "headers.X-Team", "a string"),
                Arguments.of(invocationWith("OPENAI", "gpt-4o-mini", SAY_HI).replace("\"gpt-4o-mini\"", "4"), "model", "a string"),
                Arguments.of(openai(SAY_HI).replace("\"OPENAI\"", "1"), "provider", "a string"),
                Arguments.of(openai(SAY_HI, "\"apiType\": false"), "apiType", "a string"),
                Arguments.of(openai(SAY_HI, "\"tools\": [{\"name\": 5}]"), "tools[0].name", "a string"),
                Arguments.of(openai("\"messages\": [{\"role\": \"assistant\", \"toolCalls\": "
                        + "[{\"id\": 7, \"name\": \"f\", \"arguments\": \"{}\"}]}]"), "messages[0].toolCalls[0].id", "a string"),
                Arguments.of(openai(SAY_HI, "\"connection\": {\"baseUrl\": 8080}"), "connection.baseUrl", "a string"),
                Arguments.of(openai(SAY_HI, "\"parameters\": {\"temperature\": \"0.5\"}"), "parameters.temperature", "a number"),
                Arguments.of(openai(SAY_HI, "\"parameters\": {\"maxTokens\": \"100\"}"), "parameters.maxTokens", "an integer"),
                Arguments.of(openai(SAY_HI, "\"parameters\": {\"seed\": 1.5}"), "parameters.seed", "an integer"),
                Arguments.of(openai(SAY_HI, "\"parameters\": {\"n\": 1.0}"), "parameters.n", "an integer"),
                Arguments.of(openai(SAY_HI, "\"parameters\": {\"stop\": [\"END\", 3]}"), "parameters.stop[1]", "a string"),
                Arguments.of(openai(SAY_HI, "\"parameters\": {\"stop\": \"END\"}"), "parameters.stop", "an array"),
                Arguments.of(openai(SAY_HI, "\"parameters\": {\"reasoningEffort\": 2}"), "parameters.reasoningEffort", "a string"),
                Arguments.of(openai(SAY_HI, "\"responseFormat\": {\"type\": \"json_object\", \"strict\": 1}"),
                        "responseFormat.strict", "true or false"),
                Arguments.of(openai(SAY_HI, "\"responseFormat\": {\"type\": \"json_object\", \"strict\": \"true\"}"),
                        "responseFormat.strict", "true or false"));
    }

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void aValueOfTheWrongJsonTypeIsMalformedAndNamesTheField(String body, String field, String expected) {
        modes().forEach(call -> call.apply(body)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "malformed-json"))
                .body("errors.field", contains(field))
                .body("errors[0].message", containsString(expected))
                .body("detail", containsString(field)));
    }

    @Test
    void aMistypedCredentialIsNotEchoed() {
        json(openai(SAY_HI, "\"credentials\": {\"OPENAI_API_KEY\": 98765432101234}"))
                .then().statusCode(400)
                .body(not(containsString("98765432101234")));
    }

    /** A provider, the members of the request, and the one invalid field. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
                // parameter ranges, per provider where they differ
                Arguments.of("OPENAI", "\"parameters\": {\"temperature\": 2.5}", "parameters.temperature"),
                Arguments.of("OPENAI", "\"parameters\": {\"temperature\": -0.1}", "parameters.temperature"),
                Arguments.of("ANTHROPIC", "\"parameters\": {\"temperature\": 1.5}", "parameters.temperature"),
                Arguments.of("AWS", "\"parameters\": {\"temperature\": 1.2}", "parameters.temperature"),
                Arguments.of("OPENAI", "\"parameters\": {\"topP\": 1.01}", "parameters.topP"),
                Arguments.of("ANTHROPIC", "\"parameters\": {\"topP\": -1}", "parameters.topP"),
                Arguments.of("OPENAI", "\"parameters\": {\"maxTokens\": 0}", "parameters.maxTokens"),
                Arguments.of("AWS", "\"parameters\": {\"maxTokens\": -5}", "parameters.maxTokens"),
                Arguments.of("OPENAI", "\"parameters\": {\"frequencyPenalty\": 2.5}", "parameters.frequencyPenalty"),
                Arguments.of("OPENAI", "\"parameters\": {\"presencePenalty\": -3}", "parameters.presencePenalty"),
                Arguments.of("OPENAI", "\"parameters\": {\"n\": 2}", "parameters.n"),
                Arguments.of("OPENAI", "\"parameters\": {\"reasoningEffort\": \"extreme\"}", "parameters.reasoningEffort"),
                // parameters the provider (or API type) does not take
                Arguments.of("ANTHROPIC", "\"parameters\": {\"seed\": 7}", "parameters.seed"),
                Arguments.of("ANTHROPIC", "\"parameters\": {\"frequencyPenalty\": 0.5}", "parameters.frequencyPenalty"),
                Arguments.of("AWS", "\"parameters\": {\"presencePenalty\": 0.5}", "parameters.presencePenalty"),
                Arguments.of("AWS", "\"parameters\": {\"reasoningEffort\": \"low\"}", "parameters.reasoningEffort"),
                Arguments.of("OPENAI", "\"apiType\": \"responses\", \"parameters\": {\"stop\": [\"END\"]}", "parameters.stop"),
                Arguments.of("OPENAI", "\"apiType\": \"responses\", \"parameters\": {\"seed\": 1}", "parameters.seed"),
                // tools
                Arguments.of("OPENAI", "\"tools\": [{\"name\": \"get weather\"}]", "tools[0].name"),
                Arguments.of("OPENAI", "\"tools\": [{\"name\": \"\"}]", "tools[0].name"),
                Arguments.of("OPENAI", "\"tools\": [{\"name\": \"" + "f".repeat(65) + "\"}]", "tools[0].name"),
                Arguments.of("ANTHROPIC", "\"tools\": [{\"name\": \"weather.get\"}]", "tools[0].name"),
                Arguments.of("OPENAI", "\"tools\": [{\"name\": \"f\", \"parameters\": [\"a\"]}]", "tools[0].parameters"),
                Arguments.of("OPENAI", "\"tools\": [{\"name\": \"f\", \"parameters\": \"object\"}]", "tools[0].parameters"),
                Arguments.of("OPENAI", "\"tools\": [{\"name\": \"f\", \"parameters\": {\"type\": \"string\"}}]",
                        "tools[0].parameters"),
                Arguments.of("OPENAI", "\"tools\": [{\"name\": \"f\"}, {\"name\": \"g\"}, {\"name\": \"f\"}]", "tools[2].name"),
                // base URLs and endpoints
                Arguments.of("OPENAI", "\"connection\": {\"baseUrl\": \"ftp://files.example.com/v1\"}", "connection.baseUrl"),
                Arguments.of("OPENAI", "\"connection\": {\"baseUrl\": \"file:///etc/passwd\"}", "connection.baseUrl"),
                Arguments.of("OPENAI", "\"connection\": {\"baseUrl\": \"/v1\"}", "connection.baseUrl"),
                Arguments.of("OPENAI", "\"connection\": {\"baseUrl\": \"not a url\"}", "connection.baseUrl"),
                Arguments.of("OPENAI", "\"connection\": {\"baseUrl\": \"https://example.com/v1#x\"}", "connection.baseUrl"),
                Arguments.of("OPENAI", "\"connection\": {\"baseUrl\": \"https:///v1\"}", "connection.baseUrl"),
                Arguments.of("OPENAI", "\"connection\": {\"azureEndpoint\": \"ftp://my.openai.azure.com\"}",
                        "connection.azureEndpoint"));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void aValueTheContractOrTheProviderRulesOutIsAValidationProblem(String provider, String members, String field) {
        String body = invocationWith(provider, "some-model", SAY_HI, members,
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-request\", \"ANTHROPIC_API_KEY\": \"sk-ant-request\"}");

        modes().forEach(call -> call.apply(body)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains(field))
                .body("detail", containsString(field)));
    }

    @Test
    void aMissingModelAndMissingMessagesAreFieldErrorsNotAServerError() {
        json("{\"provider\": \"OPENAI\"}")
                .then().statusCode(422)
                .body("errors.field", hasItems("model", "messages"));
        json("{\"provider\": \"OPENAI\", \"model\": \"gpt-4o-mini\"}")
                .then().statusCode(422)
                .body("errors.field", contains("messages"));
    }

    @Test
    void theProviderIsNamedWhenItsRangeIsNarrower() {
        json(invocationWith("ANTHROPIC", "claude-sonnet-4-5", SAY_HI, "\"parameters\": {\"temperature\": 1.5}"))
                .then().statusCode(422)
                .body("errors[0].message", allOf(containsString("at most 1"), containsString("Anthropic")));
    }

    @Test
    void aUrlWithUserInfoIsRefusedWithoutEchoingIt() {
        json(openai(SAY_HI, "\"connection\": {\"baseUrl\": \"https://admin:hunter2@evil.example.com/v1\"}",
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-request\"}"))
                .then().statusCode(422)
                .body("errors.field", contains("connection.baseUrl"))
                .body("errors[0].message", containsString("user-info"))
                .body(not(containsString("hunter2")));
    }

    /** The conversation's shape, and the one invalid field. */
    static Stream<Arguments> badConversations() {
        String call = "{\"role\": \"assistant\", \"toolCalls\": [{\"id\": \"c1\", \"name\": \"f\", \"arguments\": \"{}\"}]}";
        return Stream.of(
                Arguments.of("[{\"role\": \"user\", \"content\": \"Hi\"}, " + call
                        + ", {\"role\": \"tool\", \"content\": \"18C\"}]", "messages[2].toolCallId"),
                Arguments.of("[{\"role\": \"user\", \"content\": \"Hi\"}, " + call
                        + ", {\"role\": \"tool\", \"toolCallId\": \"c2\", \"content\": \"18C\"}]", "messages[2].toolCallId"),
                Arguments.of("[{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"tool\", \"toolCallId\": \"c1\", "
                        + "\"content\": \"18C\"}, " + call + "]", "messages[1].toolCallId"),
                Arguments.of("[{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\"}, "
                        + "{\"role\": \"user\", \"content\": \"Hi\"}]", "messages[1].content"),
                Arguments.of("[{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"assistant\", \"content\": \"\", "
                        + "\"toolCalls\": []}]", "messages[1].content"));
    }

    @ParameterizedTest
    @MethodSource("badConversations")
    void aConversationOfTheWrongShapeIsAValidationProblem(String messages, String field) {
        String body = openai("\"messages\": " + messages);

        modes().forEach(mode -> mode.apply(body)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains(field)));
    }

    @Test
    void everyInvalidFieldIsListedOnce() {
        String body = openai("\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"tool\", \"content\": \"x\"}]",
                "\"tools\": [{\"name\": \"a b\"}, {\"name\": \"c\", \"parameters\": []}]",
                "\"parameters\": {\"temperature\": 9, \"maxTokens\": 0, \"n\": 3}",
                "\"connection\": {\"baseUrl\": \"ftp://x\"}");

        stream(body)
                .then().statusCode(422)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors", hasSize(7))
                .body("errors.field", containsInAnyOrder("messages[1].toolCallId", "tools[0].name",
                        "tools[1].parameters", "parameters.temperature", "parameters.maxTokens", "parameters.n",
                        "connection.baseUrl"));
    }

    @Test
    void aTemperatureOutOfEveryRangeIsOneEntryNotTwo() {
        json(invocationWith("ANTHROPIC", "claude-sonnet-4-5", SAY_HI, "\"parameters\": {\"temperature\": 3}"))
                .then().statusCode(422)
                .body("errors.field", contains("parameters.temperature"));
    }

    @Test
    void validParametersAtTheirLimitsGoThroughAndPenaltiesAreSent() {
        upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));

        frames(stream(openai(SAY_HI, "\"parameters\": {\"temperature\": 2, \"topP\": 0, \"maxTokens\": 1, \"n\": 1, "
                + "\"seed\": -3, \"frequencyPenalty\": -2, \"presencePenalty\": 2, \"reasoningEffort\": \"minimal\"}",
                "\"connection\": {\"baseUrl\": \"" + upstream.url("/v1") + "\"}",
                "\"credentials\": {\"OPENAI_API_KEY\": \"sk-request\"}")));

        String sent = upstream.onlyRequest().body();
        assertTrue(sent.contains("\"frequency_penalty\":-2.0"), sent);
        assertTrue(sent.contains("\"presence_penalty\":2.0"), sent);
        assertTrue(sent.contains("\"seed\":-3"), sent);
        assertEquals(false, sent.contains("\"n\""), sent);
        upstream.reset(); // this one was meant to go upstream
    }
}
