package dev.switchboard.customprovider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;

/**
 * {@code /api/v1/custom-providers} for {@code @QuarkusTest}s: request bodies, calls, and the providers a
 * test created, which {@link #deleteCreated} removes afterwards (the tests share one database).
 */
final class CustomProviderApi {

    static final String PATH = "/api/v1/custom-providers";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> created = new CopyOnWriteArrayList<>();

    /** A name no other test, and no earlier run, uses: {@code prefix-3f9c2a1b}. */
    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A create body; {@code config} is JSON text, {@code name} any string (escaped here). */
    static String input(String name, String sdk, String config) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.put("sdk", sdk);
        try {
            body.set("config", JSON.readTree(config));
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST, whatever the answer; a created provider is remembered for {@link #deleteCreated}. */
    Response post(String body) {
        Response response = given().contentType(ContentType.JSON).body(body).post(PATH);
        if (response.statusCode() == 201) {
            created.add(response.path("id"));
        }
        return response;
    }

    /** Creates a provider, expecting 201; its id. */
    String create(String body) {
        Response response = post(body);
        response.then().log().ifValidationFails().statusCode(201);
        return response.path("id");
    }

    static Response get(String id) {
        return given().get(PATH + "/" + id);
    }

    static Response list() {
        return given().get(PATH);
    }

    static Response patch(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).patch(PATH + "/" + id);
    }

    static Response delete(String id) {
        return given().delete(PATH + "/" + id);
    }

    /** Deletes what this instance created and is still there. */
    void deleteCreated() {
        created.forEach(CustomProviderApi::delete);
        created.clear();
    }
}
