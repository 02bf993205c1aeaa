package dev.switchboard.prompt;

import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;

@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class PromptSmokeTest {

    static MockUpstream upstream;

    @Test
    void smoke() {
        String version = """
                {"description": "first", "provider": "openai", "model": "gpt-4o-mini",
                 "messages": [{"role": "system", "content": "You answer about {{ topic }}."}, {"role": "user", "content": "{{question}}"}],
                 "parameters": {"temperature": 0.2}}""";
        System.out.println(given().contentType(ContentType.JSON).body("{\"name\": \"smoke\", \"version\": " + version + "}")
                .post("/api/v1/prompts").then().log().ifValidationFails().statusCode(201).extract().asString());
        System.out.println(given().contentType(ContentType.JSON).body(version.replace("first", "second"))
                .post("/api/v1/prompts/smoke/versions").then().log().ifValidationFails().statusCode(201).extract().asString());
        System.out.println(given().contentType(ContentType.JSON).body("{\"version\": 2}")
                .put("/api/v1/prompts/smoke/tags/production").then().log().ifValidationFails().statusCode(200).extract().asString());
        System.out.println(given().get("/api/v1/prompts?search=smo").asString());
        System.out.println(given().get("/api/v1/prompts/smoke/tags/production/history").asString());
        System.out.println(given().contentType(ContentType.JSON).body("{\"tag\": \"production\", \"variables\": {\"topic\": \"cats\"}}")
                .post("/api/v1/prompts/smoke/render").asString());
        upstream.on("/v1/chat/completions", MockReply.sse("openai/chat-text.sse"));
        String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                .body("{\"tag\": \"production\", \"variables\": {\"topic\": \"cats\", \"question\": \"Why purr?\"}}")
                .post("/api/v1/prompts/smoke/invocations").asString();
        System.out.println(body);
        System.out.println(upstream.onlyRequest().body());
        System.out.println(given().contentType(ContentType.JSON).body(version.replace("{{question}}", "{{#x}}").replace("\"description\"", "\"credentials\": {}, \"description\""))
                .post("/api/v1/prompts/smoke/versions").asString());
        given().delete("/api/v1/prompts/smoke").then().statusCode(204);
    }
}
