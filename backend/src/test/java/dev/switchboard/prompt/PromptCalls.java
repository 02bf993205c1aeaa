package dev.switchboard.prompt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

/**
 * Saved prompts for {@code @QuarkusTest}s, made through {@code /api/v1/prompts} as a script would: unique
 * names (the tests share one database), version bodies, and the calls of the API. Registered as an extension,
 * an instance deletes the prompts it created after each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final PromptCalls prompts = new PromptCalls();
 *
 * String name = prompts.create("support", openAi(messages("user", "About {{ topic }}"), ""));
 * saveVersion(name, openAi(messages("user", "Now {{ topic }}"), "")).then().statusCode(201);
 * }</pre>
 */
final class PromptCalls implements AfterEachCallback {

    static final String PATH = "/api/v1/prompts";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> created = new CopyOnWriteArrayList<>();

    /** {@code prefix} followed by a random suffix: a valid prompt name no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a prompt named {@code prefix} with a unique suffix, with {@code version} as version 1 (null: none). */
    String create(String prefix, String version) {
        String name = uniqueName(prefix);
        post(version == null ? "{\"name\": \"" + name + "\"}"
                : "{\"name\": \"" + name + "\", \"version\": " + version + "}")
                .then().log().ifValidationFails().statusCode(201);
        return name;
    }

    /** {@code POST /prompts} with any body, whatever the answer; a prompt it creates is deleted after the test. */
    Response post(String body) {
        Response response = given().contentType(ContentType.JSON).body(body).post(PATH);
        if (response.statusCode() == 201) {
            created.add(response.path("name"));
        }
        return response;
    }

    /** After a rename: the prompt to delete after the test is now called {@code now}. */
    void renamed(String before, String now) {
        created.remove(before);
        created.add(now);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (String name : created) {
            given().delete(PATH + "/" + name).then().statusCode(oneOf(204, 404));
        }
        created.clear();
    }

    /** Runs {@code call(0)} to {@code call(count - 1)} on as many threads, released together; their results, in order. */
    static <T> List<T> atOnce(int count, IntFunction<T> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                running.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.apply(index);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- bodies

    /** A version body for OPENAI's gpt-4o-mini with these messages (a JSON array) and {@code extra} members. */
    static String openAi(String messages, String extra) {
        return version("\"provider\": \"OPENAI\"", "gpt-4o-mini", messages, extra);
    }

    /** A version body: {@code provider} (a member naming the provider or custom provider), model, messages, extra members. */
    static String version(String provider, String model, String messages, String extra) {
        return "{" + provider + ", \"model\": \"" + model + "\", \"messages\": " + messages
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** A JSON array of messages from role, content, role, content, … (contents escaped). */
    static String messages(String... roleThenContent) {
        ArrayNode array = JSON.createArrayNode();
        for (int i = 0; i < roleThenContent.length; i += 2) {
            array.addObject().put("role", roleThenContent[i]).put("content", roleThenContent[i + 1]);
        }
        return array.toString();
    }

    /** A JSON object of string members from name, value, name, value, … (escaped). */
    static String object(String... nameThenValue) {
        var object = JSON.createObjectNode();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            object.put(nameThenValue[i], nameThenValue[i + 1]);
        }
        return object.toString();
    }

    /** A JSON object body from members such as {@code "version": 2} (empty ones left out). */
    static String body(String... members) {
        return "{" + Arrays.stream(members).filter(m -> !m.isEmpty()).collect(Collectors.joining(", ")) + "}";
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // --- calls

    static Response saveVersion(String name, String version) {
        return given().contentType(ContentType.JSON).body(version).post(PATH + "/" + name + "/versions");
    }

    /** Saves a version and answers its number; fails unless the answer is 201. */
    static int save(String name, String version) {
        return saveVersion(name, version).then().log().ifValidationFails().statusCode(201).extract().path("number");
    }

    static Response getVersion(String name, String number) {
        return given().get(PATH + "/" + name + "/versions/" + number);
    }

    static Response moveTag(String name, String tag, int version) {
        return given().contentType(ContentType.JSON).body("{\"version\": " + version + "}")
                .put(PATH + "/" + name + "/tags/" + tag);
    }

    static Response render(String name, String body) {
        return given().contentType(ContentType.JSON).body(body).post(PATH + "/" + name + "/render");
    }

    /** {@code POST /prompts/{name}/invocations} asking for a streamed answer. */
    static Response invokeStreamed(String name, String body) {
        return given().contentType(ContentType.JSON).accept("text/event-stream").body(body)
                .post(PATH + "/" + name + "/invocations");
    }

    /** {@code POST /prompts/{name}/invocations} asking for the whole answer. */
    static Response invokeJson(String name, String body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .post(PATH + "/" + name + "/invocations");
    }
}
