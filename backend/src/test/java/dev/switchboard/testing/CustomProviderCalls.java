package dev.switchboard.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Custom providers for {@code @QuarkusTest}s, made through {@code /api/v1/custom-providers} as a user
 * would: each gets a unique name (the tests share one database), and, registered as an extension, an
 * instance deletes what it created after each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final CustomProviderCalls providers = new CustomProviderCalls();
 *
 * Saved provider = providers.create("anthropic", """
 *         {"auth": {"type": "api_key", "apiKey": "sk-ant-team"}, "baseUrl": "%s"}""".formatted(upstream.url("")));
 * frames(stream(CustomProviderCalls.invocation(provider.id(), "claude-sonnet-4-5", "")));
 * }</pre>
 */
public final class CustomProviderCalls implements AfterEachCallback {

    public static final String PATH = "/api/v1/custom-providers";

    /** A provider made by {@link #create}. */
    public record Saved(String id, String name) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> created = new CopyOnWriteArrayList<>();

    /** {@code prefix} followed by a random suffix: a name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Creates a custom provider of {@code sdk} with {@code config} (a JSON object), named after the sdk with
     * a unique suffix; fails unless the answer is 201.
     */
    public Saved create(String sdk, String config) {
        return create(uniqueName(sdk.replace('_', '-')), sdk, config);
    }

    /** Creates a custom provider from a whole create body (e.g. with a description); fails unless the answer is 201. */
    public Saved create(String body) {
        Response response = post(body);
        response.then().log().ifValidationFails().statusCode(201);
        return new Saved(response.path("id"), response.path("name"));
    }

    /** Creates a custom provider named {@code name} (make it unique); fails unless the answer is 201. */
    public Saved create(String name, String sdk, String config) {
        return create(input(name, sdk, config));
    }

    /** {@code POST /custom-providers} with any body, whatever the answer; a provider it creates is deleted after the test. */
    public Response post(String body) {
        Response response = given().contentType(ContentType.JSON).body(body).post(PATH);
        if (response.statusCode() == 201) {
            created.add(response.path("id"));
        }
        return response;
    }

    /** Deletes the providers this instance created (those still there). */
    @Override
    public void afterEach(ExtensionContext context) {
        for (String id : created) {
            delete(id).then().statusCode(oneOf(204, 404));
        }
        created.clear();
    }

    /** A config: {@code auth} (a JSON object, e.g. {@link #apiKey}) and the given members, e.g. {@code "baseUrl": "…"}. */
    public static String config(String auth, String... members) {
        StringBuilder config = new StringBuilder("{\"auth\": ").append(auth);
        for (String member : members) {
            config.append(", ").append(member);
        }
        return config.append('}').toString();
    }

    /** The auth of an {@code api_key} provider. */
    public static String apiKey(String key) {
        return "{\"type\": \"api_key\", \"apiKey\": \"" + key + "\"}";
    }

    /** A config member with a string value, e.g. {@code member("baseUrl", upstream.url("/v1"))}. */
    public static String member(String name, String value) {
        return "\"" + name + "\": \"" + value + "\"";
    }

    /** A create (or test-before-save) body; {@code name} may be any string (it is escaped), {@code config} is JSON. */
    public static String input(String name, String sdk, String config) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("sdk", sdk);
        try {
            body.set("config", JSON.readTree(config));
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("config is not JSON: " + config, e);
        }
    }

    /** {@code PATCH /custom-providers/{id}} with {@code body}; fails unless the answer is 200. */
    public static void patch(String id, String body) {
        change(id, body).then().log().ifValidationFails().statusCode(200);
    }

    /** {@code PATCH /custom-providers/{id}} with {@code body}, whatever the answer. */
    public static Response change(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).patch(PATH + "/" + id);
    }

    /** {@code GET /custom-providers/{id}}. */
    public static Response get(String id) {
        return given().get(PATH + "/" + id);
    }

    /** {@code GET /custom-providers}. */
    public static Response list() {
        return given().get(PATH);
    }

    /** {@code DELETE /custom-providers/{id}}, whatever the answer. */
    public static Response delete(String id) {
        return given().delete(PATH + "/" + id);
    }

    /** {@code POST /custom-providers/test}: tests an unsaved configuration of {@code sdk}. */
    public static Response testUnsaved(String sdk, String config) {
        return given().contentType(ContentType.JSON).body("""
                {"sdk": "%s", "config": %s}""".formatted(sdk, config)).post(PATH + "/test");
    }

    /** {@code POST /custom-providers/{id}/test}: tests a saved provider. */
    public static Response testSaved(String id) {
        return given().post(PATH + "/" + id + "/test");
    }

    /** An invocation through custom provider {@code id} that says "Hi" to {@code model}, with {@code extra} members. */
    public static String invocation(String id, String model, String extra) {
        return "{\"customProviderId\": \"" + id + "\", \"model\": \"" + model + "\", " + InvocationCalls.SAY_HI
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /**
     * Asserts that a start event (or JSON answer) names the custom provider and that each of {@code credentials},
     * and nothing else, came from it.
     */
    public static void assertStartsAs(Saved provider, JsonNode start, String... credentials) {
        assertEquals(provider.name(), start.get("provider").asText(), start.toString());
        assertEquals(provider.id(), start.get("customProviderId").asText(), start.toString());
        Map<String, String> sources = new TreeMap<>();
        start.get("credentialSources").fields().forEachRemaining(e -> sources.put(e.getKey(), e.getValue().asText()));
        Map<String, String> expected = new TreeMap<>();
        for (String name : credentials) {
            expected.put(name, "custom_provider");
        }
        assertEquals(expected, sources);
    }

    /** Asserts that no header of {@code request} carries {@code value} (e.g. a server environment key). */
    public static void assertNoHeaderCarries(MockUpstream.RecordedRequest request, String value) {
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            assertFalse(header.getValue().contains(value), header.getKey() + " carries " + value);
        }
        assertFalse(request.path().contains(value) || String.valueOf(request.query()).contains(value),
                "the URL carries " + value);
    }
}
