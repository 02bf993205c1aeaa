package dev.switchboard.customprovider;

import dev.switchboard.testing.MockReply;
import dev.switchboard.testing.MockUpstream;
import dev.switchboard.testing.SseFrames;
import dev.switchboard.testing.WithMockUpstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static dev.switchboard.testing.InvocationCalls.frames;
import static dev.switchboard.testing.InvocationCalls.stream;
import static dev.switchboard.testing.MockProvider.OPENAI;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithMockUpstream(pointAt = OPENAI)
class CustomProviderSmokeTest {

    static MockUpstream upstream;

    @Test
    void createListInvoke() {
        String id = given().contentType(ContentType.JSON).body("""
                {"name": "smoke-openai", "sdk": "openai", "config": {"auth": {"type": "api_key", "apiKey": "sk-custom-0123456789abcdefghij"},
                 "baseUrl": "%s", "headers": {"X-Team": "a"}}}""".formatted(upstream.url("/custom/v1")))
                .post("/api/v1/custom-providers").then().log().ifValidationFails().statusCode(201).extract().path("id");
        System.out.println(given().get("/api/v1/custom-providers").asString());
        upstream.on("/custom/v1/responses", MockReply.sse("openai/responses-text.sse"));
        SseFrames frames = frames(stream("""
                {"customProviderId": "%s", "model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}""".formatted(id)));
        System.out.println(frames.names() + " " + frames.first("start").data());
        MockUpstream.RecordedRequest request = upstream.onlyRequest();
        assertEquals("Bearer sk-custom-0123456789abcdefghij", request.header("Authorization"));
        assertEquals("a", request.header("X-Team"));
        upstream.on("/custom/v1/models", MockReply.json(200, "{\"object\":\"list\",\"data\":[]}"));
        System.out.println(given().post("/api/v1/custom-providers/" + id + "/test").asString());
        System.out.println(given().contentType(ContentType.JSON).body("{\"config\": {\"auth\": {\"type\": \"api_key\", \"apiKey\": \"x\"}}}").patch("/api/v1/custom-providers/" + id).asString());
        System.out.println(given().contentType(ContentType.JSON).body("{\"sdk\": \"nope\", \"foo\": 1, \"config\": {\"auth\": {\"type\": \"api_key\", \"bar\": 2}}}").post("/api/v1/custom-providers").asString());
        given().delete("/api/v1/custom-providers/" + id).then().statusCode(204);
    }
}
