package dev.switchboard.customprovider;

import dev.switchboard.common.problem.ProblemDetail;
import dev.switchboard.testing.CustomProviderCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.switchboard.testing.CustomProviderCalls.input;
import static dev.switchboard.testing.CustomProviderCalls.uniqueName;
import static dev.switchboard.testing.InvocationCalls.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The name rule that scripts rely on: trimmed, 1 to 64 characters, no '/', never a built-in provider's
 * key in any case, unique regardless of case (409), also when two writers create the same name at once.
 */
@QuarkusTest
class CustomProviderNameTest {

    private static final String CONFIG = "{\"auth\": {\"type\": \"api_key\", \"apiKey\": \"sk-name-test\"}}";

    @RegisterExtension
    final CustomProviderCalls providers = new CustomProviderCalls();

    @Test
    void nameIsStoredTrimmed() {
        String name = uniqueName("trimmed");

        providers.post(input("  \t" + name + "  ", "openai", CONFIG)).then().statusCode(201).body("name", equalTo(name));
    }

    @Test
    void sixtyFourCharactersAreAcceptedCountingCodePoints() {
        String ascii = uniqueName("sixty-four").concat("x".repeat(64)).substring(0, 60);
        String name = ascii + "\uD83D\uDD11é\uD83D\uDD11é"; // 64 characters, 66 UTF-16 units

        providers.post(input(name, "openai", CONFIG)).then().statusCode(201).body("name", equalTo(name));
    }

    @Test
    void sixtyFiveCharactersAreRefused() {
        String name = uniqueName("sixty-five").concat("x".repeat(65)).substring(0, 65);

        invalidName(providers.post(input(name, "openai", CONFIG)), "at most 64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankNameIsRefused(String name) {
        invalidName(providers.post(input(name, "openai", CONFIG)), "blank");
    }

    @Test
    void missingNameIsRefused() {
        invalidName(providers.post("{\"sdk\": \"openai\", \"config\": " + CONFIG + "}"), "blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"team/openai", "/", "a/"})
    void slashIsRefusedBecauseScriptsAddressModelsAsNameSlashModel(String name) {
        invalidName(providers.post(input(name, "openai", CONFIG)), "'/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "OPENAI", "Aws", "anthropic", " Ollama ", "azure_openai", "GOOGLE"})
    void builtInProviderKeysAreRefusedInAnyCase(String name) {
        invalidName(providers.post(input(name, "openai", CONFIG)), "built-in");
    }

    @Test
    void controlCharactersAreRefused() {
        invalidName(providers.post(input(uniqueName("bell") + "\u0007", "openai", CONFIG)), "control");
    }

    @Test
    void duplicateNameIsA409RegardlessOfCaseAndSpaces() {
        String name = uniqueName("Duplicate");
        providers.create(name, "openai", CONFIG);

        for (String again : List.of(name, name.toUpperCase(), name.toLowerCase(), " " + name + " ")) {
            providers.post(input(again, "anthropic", CONFIG)).then().statusCode(409).contentType(ProblemDetail.MEDIA_TYPE)
                    .body("type", equalTo(PROBLEM + "conflict"))
                    .body("detail", containsString("exists already"));
        }
    }

    @Test
    void renameToAnotherProvidersNameInAnyCaseIsA409ButToItsOwnNameInAnotherCaseIsNot() {
        String taken = uniqueName("taken");
        providers.create(taken, "openai", CONFIG);
        String mine = uniqueName("mine");
        String id = providers.create(mine, "openai", CONFIG).id();

        CustomProviderCalls.change(id, "{\"name\": \"" + taken.toUpperCase() + "\"}").then().statusCode(409)
                .contentType(ProblemDetail.MEDIA_TYPE).body("type", equalTo(PROBLEM + "conflict"));
        CustomProviderCalls.change(id, "{\"name\": \"" + mine.toUpperCase() + "\"}").then().statusCode(200)
                .body("name", equalTo(mine.toUpperCase()));
        CustomProviderCalls.change(id, "{\"name\": \"openai\"}").then().statusCode(422)
                .body("errors.field", equalTo(List.of("name")));
    }

    @Test
    void concurrentCreatesOfOneNameGiveExactlyOne201AndOnly409sBesides() throws Exception {
        int writers = 8;
        String name = uniqueName("race");
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                // Different cases, so that only the case-insensitive index can tell them apart.
                String spelling = i % 2 == 0 ? name : name.toUpperCase();
                statuses.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return providers.post(input(spelling, "openai", CONFIG)).statusCode();
                }));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }

            Map<Integer, Long> counts = answered.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            assertEquals(Map.of(201, 1L, 409, (long) writers - 1), counts);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, CustomProviderCalls.list().jsonPath().getList("name").stream()
                .filter(listed -> name.equalsIgnoreCase((String) listed)).count());
    }

    private static void invalidName(Response response, String reason) {
        response.then().statusCode(422).contentType(ProblemDetail.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "validation"))
                .body("errors.field", equalTo(List.of("name")))
                .body("errors[0].message", containsString(reason));
    }
}
