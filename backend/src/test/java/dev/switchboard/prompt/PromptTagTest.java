package dev.switchboard.prompt;

import dev.switchboard.common.problem.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.getVersion;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.moveTag;
import static dev.switchboard.prompt.PromptCalls.openAi;
import static dev.switchboard.prompt.PromptCalls.save;
import static dev.switchboard.prompt.PromptCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code /api/v1/prompts/{name}/tags}: a PUT creates a tag or moves it, a DELETE removes it, and each is one
 * entry of the tag's history (version and previous version, newest first; a deletion has version null); a tag
 * reads as the version it points at; tag names follow the identifier rule and must point at an existing version.
 * Ten concurrent moves of one tag all succeed and leave a history of exactly ten moves whose previous versions
 * chain, the tag pointing where the newest entry says.
 */
@QuarkusTest
class PromptTagTest {

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    private static String numbered(int n) {
        return openAi(messages("user", "Version " + n + " about {{ topic }}"), "\"description\": \"v" + n + "\"");
    }

    /** A prompt with versions 1 to {@code count}. */
    private String promptWithVersions(String prefix, int count) {
        String name = prompts.create(prefix, numbered(1));
        for (int n = 2; n <= count; n++) {
            save(name, numbered(n));
        }
        return name;
    }

    private static Response history(String name, String tag) {
        return given().get(PATH + "/" + name + "/tags/" + tag + "/history");
    }

    @Test
    void putCreatesATagAndGetReadsTheVersionItPointsAt() {
        String name = promptWithVersions("tagged", 2);

        moveTag(name, "production", 1).then().statusCode(200).contentType(ContentType.JSON)
                .body("name", equalTo("production")).body("version", equalTo(1)).body("updatedAt", notNullValue());

        given().get(PATH + "/" + name + "/tags/production").then().statusCode(200)
                .body("prompt", equalTo(name)).body("number", equalTo(1)).body("description", equalTo("v1"))
                .body("tags", contains("production"));
        given().get(PATH + "/" + name + "/tags").then().statusCode(200)
                .body("name", contains("production")).body("version", contains(1));
        getVersion(name, "2").then().body("tags", empty());
        history(name, "production").then().statusCode(200)
                .body("version", contains(1)).body("previousVersion", contains((Object) null));
    }

    @Test
    void putMovesATagAndRecordsEachMoveNewestFirst() {
        String name = promptWithVersions("moved", 3);
        moveTag(name, "production", 1).then().statusCode(200);
        moveTag(name, "staging", 3).then().statusCode(200);

        moveTag(name, "production", 2).then().statusCode(200).body("version", equalTo(2));
        moveTag(name, "production", 3).then().statusCode(200).body("version", equalTo(3));

        given().get(PATH + "/" + name + "/tags/production").then().body("number", equalTo(3))
                .body("tags", contains("production", "staging"));
        given().get(PATH + "/" + name + "/tags").then()
                .body("name", contains("production", "staging")).body("version", contains(3, 3));
        given().get(PATH + "/" + name).then()
                .body("tags.name", contains("production", "staging")).body("tags.version", contains(3, 3));
        history(name, "production").then().statusCode(200)
                .body("version", contains(3, 2, 1)).body("previousVersion", contains(2, 1, null));
        history(name, "staging").then().body("version", contains(3));
    }

    @Test
    void putToTheVersionItPointsAtIsRecordedToo() {
        String name = promptWithVersions("same", 1);
        moveTag(name, "production", 1).then().statusCode(200);

        moveTag(name, "production", 1).then().statusCode(200);

        history(name, "production").then().body("version", contains(1, 1)).body("previousVersion", contains(1, null));
    }

    @Test
    void deleteRemovesTheTagAndRecordsADeletion() {
        String name = promptWithVersions("untagged", 2);
        moveTag(name, "production", 1).then().statusCode(200);
        moveTag(name, "production", 2).then().statusCode(200);

        given().delete(PATH + "/" + name + "/tags/production").then().statusCode(204);

        given().get(PATH + "/" + name + "/tags/production").then().statusCode(404)
                .contentType(ProblemDetail.MEDIA_TYPE).body("detail", containsString("production"));
        given().get(PATH + "/" + name + "/tags").then().body("$", empty());
        getVersion(name, "2").then().body("tags", empty());
        history(name, "production").then()
                .body("version", contains(null, 2, 1)).body("previousVersion", contains(2, 1, null))
                .body("movedAt", contains(notNullValue(), notNullValue(), notNullValue()));
        given().delete(PATH + "/" + name + "/tags/production").then().statusCode(404);

        moveTag(name, "production", 1).then().statusCode(200);
        history(name, "production").then()
                .body("version", contains(1, null, 2, 1)).body("previousVersion", contains(null, 2, 1, null));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Production", "-prod", "_prod", "prod.1", "pr%C3%B6d", "with%20space"})
    void aTagNameThatIsNotAnIdentifierIsRefused(String tag) {
        String name = promptWithVersions("tag-names", 1);

        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"version\": 1}")
                .put(PATH + "/" + name + "/tags/" + tag)
                .then().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                .body("errors.field", contains("tag"));
        given().get(PATH + "/" + name + "/tags").then().body("$", empty());
    }

    @Test
    void tagNamesMayBeOneToOneHundredTwentyEightCharacters() {
        String name = promptWithVersions("tag-lengths", 1);

        moveTag(name, "0", 1).then().statusCode(200);
        moveTag(name, "v1.2".replace(".", "_") + "-rc", 1).then().statusCode(200);
        moveTag(name, "t".repeat(128), 1).then().statusCode(200);
        moveTag(name, "t".repeat(129), 1).then().statusCode(422).body("errors.field", contains("tag"));
    }

    @Test
    void aTagMustPointAtAnExistingVersionOfAnExistingPrompt() {
        String name = promptWithVersions("targets", 2);
        String empty = prompts.create("no-versions", null);

        moveTag(name, "production", 3).then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "not-found")).body("detail", containsString("no version 3"));
        moveTag(name, "production", 0).then().statusCode(404);
        moveTag(empty, "production", 1).then().statusCode(404);
        moveTag(uniqueName("missing"), "production", 1).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").put(PATH + "/" + name + "/tags/production")
                .then().statusCode(422).body("errors.field", contains("version"));
        given().contentType(ContentType.JSON).body("{\"version\": \"2\"}").put(PATH + "/" + name + "/tags/production")
                .then().statusCode(400).contentType(ProblemDetail.MEDIA_TYPE);

        given().get(PATH + "/" + name + "/tags").then().body("$", empty());
        history(name, "production").then().body("$", empty());
        given().get(PATH + "/" + name + "/tags/production").then().statusCode(404);
        given().get(PATH + "/" + uniqueName("missing") + "/tags").then().statusCode(404);
    }

    @Test
    void tagsOfOnePromptDoNotReachAnother() {
        String first = promptWithVersions("first", 2);
        String second = promptWithVersions("second", 1);
        moveTag(first, "production", 2).then().statusCode(200);

        given().get(PATH + "/" + second + "/tags/production").then().statusCode(404);
        moveTag(second, "production", 1).then().statusCode(200);
        given().delete(PATH + "/" + second + "/tags/production").then().statusCode(204);

        given().get(PATH + "/" + first + "/tags/production").then().statusCode(200).body("number", equalTo(2));
        history(first, "production").then().body("version", contains(2));
    }

    @Test
    void concurrentMovesOfOneTagAllSucceedAndLeaveAChainedHistory() throws Exception {
        int movers = 10;
        String name = promptWithVersions("raced", movers);

        List<Integer> statuses = PromptCalls.atOnce(movers, i -> moveTag(name, "production", i + 1).statusCode());

        assertEquals(Collections.nCopies(movers, 200), statuses);
        List<Map<String, Integer>> entries = history(name, "production").then().statusCode(200).extract().path("$");
        assertEquals(movers, entries.size(), entries.toString());
        for (int i = 0; i + 1 < entries.size(); i++) {
            assertEquals(entries.get(i + 1).get("version"), entries.get(i).get("previousVersion"),
                    "entry " + i + " moved the tag from where entry " + (i + 1) + " left it: " + entries);
        }
        assertNull(entries.get(movers - 1).get("previousVersion"), "the oldest entry created the tag: " + entries);
        assertEquals(IntStream.rangeClosed(1, movers).boxed().collect(Collectors.toSet()),
                new HashSet<>(entries.stream().map(entry -> entry.get("version")).toList()));
        int pointedAt = given().get(PATH + "/" + name + "/tags/production").then().statusCode(200).extract().path("number");
        assertEquals(entries.get(0).get("version"), pointedAt);
        given().get(PATH + "/" + name + "/tags").then().body("version", contains(pointedAt));
    }
}
