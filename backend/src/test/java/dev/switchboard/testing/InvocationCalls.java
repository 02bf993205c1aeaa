package dev.switchboard.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Arrays;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

/**
 * Calls to {@code POST /api/v1/invocations} for {@code @QuarkusTest}s, usually static-imported: invocation
 * bodies, the request in either answer mode, and the checked event stream of a streamed answer.
 *
 * <pre>{@code
 * SseFrames frames = frames(stream(invocation("ANTHROPIC", "claude-sonnet-4-5", "\"parameters\": {}")));
 * json(invocation("OPENAI", "gpt-4o-mini", "")).then().statusCode(502)
 *         .body("type", equalTo(PROBLEM + "upstream-error"));
 * }</pre>
 */
public final class InvocationCalls {

    public static final String PATH = "/api/v1/invocations";
    /** The prefix of every problem type URI. */
    public static final String PROBLEM = "urn:switchboard:problem:";
    /** The messages member of most invocations: one user message, "Hi". */
    public static final String SAY_HI = "\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]";

    private InvocationCalls() {
    }

    /** An invocation that says "Hi" to {@code model} of {@code provider}, with {@code extra} members ("" for none). */
    public static String invocation(String provider, String model, String extra) {
        return invocationWith(provider, model, SAY_HI, extra);
    }

    /**
     * An invocation: provider, model, then the given JSON members (such as {@code "messages": […]},
     * {@code "parameters": {…}}) in order; empty ones are left out.
     */
    public static String invocationWith(String provider, String model, String... members) {
        String rest = Arrays.stream(members).filter(member -> !member.isEmpty()).collect(Collectors.joining(", "));
        return "{\"provider\": \"" + provider + "\", \"model\": \"" + model + "\", " + rest + "}";
    }

    /** Posts the body asking for a streamed answer ({@code Accept: text/event-stream}). */
    public static Response stream(String body) {
        return given().contentType(ContentType.JSON).accept("text/event-stream").body(body).post(PATH);
    }

    /** Posts the body asking for the whole answer ({@code Accept: application/json}). */
    public static Response json(String body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post(PATH);
    }

    /** The events of a 200 event-stream response, checked to start with start and end with one finish or error. */
    public static SseFrames frames(Response response) {
        response.then().statusCode(200).contentType(startsWith("text/event-stream"));
        return SseFrames.parse(response.asString()).assertWellFormed();
    }
}
