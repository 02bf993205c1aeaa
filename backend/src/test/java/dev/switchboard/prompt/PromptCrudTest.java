package dev.switchboard.prompt;

import dev.switchboard.common.problem.ProblemDetail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.switchboard.prompt.PromptCalls.PATH;
import static dev.switchboard.prompt.PromptCalls.messages;
import static dev.switchboard.prompt.PromptCalls.moveTag;
import static dev.switchboard.prompt.PromptCalls.openAi;
import static dev.switchboard.prompt.PromptCalls.save;
import static dev.switchboard.prompt.PromptCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static dev.switchboard.testing.TestDatabase.connect;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * {@code /api/v1/prompts} and {@code /api/v1/prompts/{name}}: creating a prompt (with and without version 1),
 * the identifier rule and unique names (409, also under concurrent creates), listing with a search that
 * matches part of the name ignoring case and takes {@code %} and {@code _} literally, paging and its bounds,
 * renaming and describing, and deleting, which takes the versions, tags and tag history with it (checked in
 * the tables).
 */
@QuarkusTest
class PromptCrudTest {

    static final String VERSION = openAi(messages("user", "Tell me about {{ topic }}"), "\"description\": \"first\"");

    @RegisterExtension
    final PromptCalls prompts = new PromptCalls();

    @Test
    void createsAPromptWithoutVersionsAtItsLocation() {
        String name = uniqueName("bare");

        Response created = prompts.post("{\"name\": \"" + name + "\", \"description\": \"Answers support mail\"}");

        created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith(PATH + "/" + name))
                .body("name", equalTo(name))
                .body("description", equalTo("Answers support mail"))
                .body("latestVersion", nullValue())
                .body("tags", empty());
        given().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("createdAt", equalTo(created.path("createdAt")));
        given().get(PATH + "/" + name + "/versions").then().statusCode(200).body("$", empty());
    }

    @Test
    void createsAPromptWithVersionOneInTheSameRequest() {
        String name = uniqueName("with-version");

        prompts.post("{\"name\": \"" + name + "\", \"version\": " + VERSION + "}").then().statusCode(201)
                .body("latestVersion", equalTo(1))
                .body("description", equalTo(""));

        PromptCalls.getVersion(name, "1").then().statusCode(200)
                .body("prompt", equalTo(name))
                .body("number", equalTo(1))
                .body("description", equalTo("first"))
                .body("variables", contains("topic"));
    }

    @Test
    void anInvalidVersionOneCreatesNothing() {
        String name = uniqueName("bad-version");

        prompts.post("{\"name\": \"" + name + "\", \"version\": " + VERSION.replace("{{ topic }}", "{{# topic }}") + "}")
                .then().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                .body("errors.field", contains("version.messages[0].content"));

        given().get(PATH + "/" + name).then().statusCode(404);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Upper", "-dash-first", "_underscore-first", "has space", "a.b", "a/b", "caf\u00e9", "tab\t"})
    void refusesANameThatIsNotAnIdentifier(String name) {
        prompts.post(PromptCalls.json(Map.of("name", name))).then().statusCode(422)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", contains("name"));
    }

    @Test
    void namesAreOneToOneHundredTwentyEightCharacters() {
        String longest = (uniqueName("9") + "_" + "x".repeat(128)).substring(0, 128);

        prompts.post("{\"name\": \"" + longest + "\"}").then().statusCode(201).body("name", equalTo(longest));
        prompts.post("{\"name\": \"" + longest + "y\"}").then().statusCode(422).body("errors.field", contains("name"));
        prompts.post("{}").then().statusCode(422).body("errors.field", contains("name"));
    }

    @Test
    void aTakenNameIsAConflictAndLeavesTheFirstPromptAsItWas() {
        String name = prompts.create("taken", VERSION);

        prompts.post("{\"name\": \"" + name + "\", \"description\": \"second\", \"version\": "
                        + VERSION.replace("first", "other") + "}")
                .then().statusCode(409).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "conflict"))
                .body("detail", containsString(name));

        given().get(PATH + "/" + name).then().statusCode(200).body("description", equalTo("")).body("latestVersion", equalTo(1));
        PromptCalls.getVersion(name, "latest").then().body("description", equalTo("first"));
    }

    @Test
    void concurrentCreatesOfOneNameGiveOne201AndOnly409s() throws Exception {
        int writers = 8;
        String name = uniqueName("race");

        List<Integer> answered = PromptCalls.atOnce(writers,
                i -> prompts.post("{\"name\": \"" + name + "\", \"version\": " + VERSION + "}").statusCode());

        assertEquals(Map.of(201, 1L, 409, (long) writers - 1),
                answered.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        given().get(PATH + "/" + name + "/versions").then().statusCode(200).body("number", contains(1));
    }

    // --- listing

    @Test
    void searchMatchesPartOfTheNameIgnoringCaseSortedByName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String beta = prompts.create("srch-" + tag + "-beta", VERSION);
        String alpha = prompts.create("srch-" + tag + "-alpha", null);
        prompts.create("other-" + tag, null);
        moveTag(beta, "production", 1).then().statusCode(200);

        given().queryParam("search", "SRCH-" + tag.toUpperCase()).get(PATH).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.name", contains(alpha, beta))
                .body("items[0].latestVersion", nullValue())
                .body("items[1].latestVersion", equalTo(1))
                .body("items[1].tags.name", contains("production"))
                .body("items[1].tags.version", contains(1));
        given().queryParam("search", "  " + tag + "-ALPHA ").get(PATH).then().statusCode(200)
                .body("items.name", contains(alpha));
    }

    @Test
    void percentAndUnderscoreInTheSearchAreLiteral() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String underscored = prompts.create("lit-" + tag + "-a_b", null);
        String lettered = prompts.create("lit-" + tag + "-axb", null);
        String plain = prompts.create("lit-" + tag + "-ab", null);

        searchFinds(tag + "-a_b", underscored);
        searchFinds(tag + "-a%b");
        searchFinds(tag + "%");
        searchFinds(tag + "_");
        searchFinds(tag + "\\");
        given().queryParam("search", "lit-" + tag + "-").get(PATH).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", containsInAnyOrder(underscored, lettered, plain));
    }

    @Test
    void pagesThroughTheMatchesWithLimitAndOffset() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> names = new ArrayList<>();
        for (String suffix : List.of("e", "b", "d", "a", "c")) {
            names.add(prompts.create("page-" + tag + "-" + suffix, null));
        }
        List<String> sorted = names.stream().sorted().toList();

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            Response page = given().queryParam("search", tag).queryParam("limit", 2).queryParam("offset", offset).get(PATH);
            page.then().statusCode(200).body("total", equalTo(5)).body("limit", equalTo(2)).body("offset", equalTo(offset));
            paged.addAll(page.path("items.name"));
        }

        assertEquals(sorted, paged);
        given().queryParam("search", tag).queryParam("offset", 9).get(PATH).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(5)).body("limit", equalTo(50)).body("offset", equalTo(9));
        given().queryParam("search", tag).queryParam("limit", 200).get(PATH).then().statusCode(200)
                .body("items.name", equalTo(sorted));
    }

    @Test
    void limitAndOffsetOutOfRangeAre422sNamingEach() {
        given().queryParam("limit", 0).get(PATH).then().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                .body("errors.field", contains("limit"));
        given().queryParam("limit", 201).get(PATH).then().statusCode(422).body("errors.field", contains("limit"));
        given().queryParam("offset", -1).get(PATH).then().statusCode(422).body("errors.field", contains("offset"));
        given().queryParam("limit", -5).queryParam("offset", -1).get(PATH).then().statusCode(422)
                .body("errors.field", contains("limit", "offset"));
    }

    // --- one prompt

    @Test
    void anUnknownPromptIsA404ForEveryMethod() {
        String missing = uniqueName("missing");

        given().get(PATH + "/" + missing).then().statusCode(404).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "not-found")).body("detail", containsString(missing));
        given().contentType(ContentType.JSON).body("{\"description\": \"x\"}").patch(PATH + "/" + missing)
                .then().statusCode(404);
        given().delete(PATH + "/" + missing).then().statusCode(404);
    }

    @Test
    void patchChangesTheDescriptionAndKeepsTheName() {
        String name = prompts.create("described", VERSION);
        String createdUpdatedAt = given().get(PATH + "/" + name).path("updatedAt");

        given().contentType(ContentType.JSON).body("{\"description\": \"Now with more detail\"}").patch(PATH + "/" + name)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("description", equalTo("Now with more detail"))
                .body("latestVersion", equalTo(1));

        Response after = given().get(PATH + "/" + name);
        after.then().body("description", equalTo("Now with more detail"));
        assertNotEquals(createdUpdatedAt, after.path("updatedAt"));
    }

    @Test
    void patchRenamesAndTheVersionsAndTagsFollow() {
        String name = prompts.create("before", VERSION);
        moveTag(name, "production", 1).then().statusCode(200);
        String renamed = uniqueName("after");

        given().contentType(ContentType.JSON).body("{\"name\": \"" + renamed + "\"}").patch(PATH + "/" + name)
                .then().statusCode(200).body("name", equalTo(renamed)).body("tags.name", contains("production"));
        prompts.renamed(name, renamed);

        given().get(PATH + "/" + name).then().statusCode(404);
        PromptCalls.getVersion(renamed, "1").then().statusCode(200).body("prompt", equalTo(renamed));
        given().get(PATH + "/" + renamed + "/tags/production").then().statusCode(200).body("number", equalTo(1));
    }

    @Test
    void renamingOntoATakenNameIsAConflictAndChangesNothing() {
        String first = prompts.create("first", null);
        String second = prompts.create("second", null);

        given().contentType(ContentType.JSON).body("{\"name\": \"" + first + "\", \"description\": \"lost\"}")
                .patch(PATH + "/" + second)
                .then().statusCode(409).contentType(ProblemDetail.MEDIA_TYPE).body("type", equalTo(PROBLEM + "conflict"));

        given().get(PATH + "/" + second).then().statusCode(200).body("description", equalTo(""));
        given().contentType(ContentType.JSON).body("{\"name\": \"" + second + "\"}").patch(PATH + "/" + second)
                .then().statusCode(200).body("name", equalTo(second));
        given().contentType(ContentType.JSON).body("{\"name\": \"Not An Identifier\"}").patch(PATH + "/" + second)
                .then().statusCode(422).body("errors.field", contains("name"));
    }

    @Test
    void deleteRemovesTheVersionsTagsAndTagHistory() throws SQLException {
        String name = prompts.create("doomed", VERSION);
        save(name, VERSION.replace("first", "second"));
        moveTag(name, "production", 1).then().statusCode(200);
        moveTag(name, "production", 2).then().statusCode(200);
        moveTag(name, "staging", 1).then().statusCode(200);
        given().delete(PATH + "/" + name + "/tags/staging").then().statusCode(204);
        String id = given().get(PATH + "/" + name).path("id");
        assertEquals(List.of(1, 2, 1, 4), rowCounts(id), "prompts, versions, tags, history before");

        given().delete(PATH + "/" + name).then().statusCode(204);

        assertEquals(List.of(0, 0, 0, 0), rowCounts(id), "prompts, versions, tags, history after");
        given().get(PATH + "/" + name).then().statusCode(404);
        given().get(PATH + "/" + name + "/versions/1").then().statusCode(404);
        given().delete(PATH + "/" + name).then().statusCode(404);
    }

    /** The rows of the prompt in prompts, prompt_versions, prompt_tags and prompt_tag_history. */
    private static List<Integer> rowCounts(String promptId) throws SQLException {
        List<Integer> counts = new ArrayList<>();
        try (Connection db = connect()) {
            for (String query : List.of("SELECT count(*) FROM prompts WHERE id = ?",
                    "SELECT count(*) FROM prompt_versions WHERE prompt_id = ?",
                    "SELECT count(*) FROM prompt_tags WHERE prompt_id = ?",
                    "SELECT count(*) FROM prompt_tag_history WHERE prompt_id = ?")) {
                try (PreparedStatement statement = db.prepareStatement(query)) {
                    statement.setObject(1, UUID.fromString(promptId));
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        counts.add(rows.getInt(1));
                    }
                }
            }
        }
        return counts;
    }

    private static void searchFinds(String search, String... names) {
        given().queryParam("search", search).get(PATH).then().statusCode(200)
                .body("total", equalTo(names.length))
                .body("items.name", equalTo(List.of(names)));
    }
}
