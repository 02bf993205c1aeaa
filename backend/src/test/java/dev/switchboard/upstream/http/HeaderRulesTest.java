package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderRulesTest {

    @Test
    void acceptsOrdinaryCustomHeaders() {
        Map<String, String> headers = Map.of("X-Team", "a", "anthropic-beta", "prompt-caching-2024-07-31",
                "Helicone-Auth", "Bearer x", "User-Agent", "my-proxy/1.0");

        Map<String, String> valid = HeaderRules.validate(headers);

        assertEquals(headers, valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "authorization", "API-KEY", "x-api-key", "X-Goog-Api-Key", "Host",
            "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Proxy-Authorization",
            "Proxy-Connection", "TE", "Trailer", "Upgrade", "Expect", "Content-Type", "x-amz-date",
            "X-Amz-Security-Token", "x-amz-content-sha256"})
    void rejectsHeadersThatCanNeverBeSet(String name) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> HeaderRules.validate(Map.of(name, "value")));

        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(422, e.type().status());
        assertTrue(e.detail().contains(name), e.detail());
        assertEquals("headers." + name, e.errors().get(0).field());
    }

    @Test
    void rejectsHeaderThatOverridesAuthorizationWithoutEchoingItsValue() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> HeaderRules.validate(Map.of("Authorization", "Bearer sk-secret-value")));

        assertFalse(e.detail().contains("sk-secret-value"));
        assertTrue(e.errors().get(0).message().contains("credentials"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X Team", "X-Team:", "Ünicode", "X(Team)", "X\"Q", "Line\nBreak", "Tab\t"})
    void rejectsNamesThatAreNotTokens(String name) {
        ProblemException e = assertThrows(ProblemException.class, () -> HeaderRules.validate(Map.of(name, "v")));

        assertTrue(e.errors().get(0).message().contains("not a valid header name"));
        assertFalse(e.errors().get(0).field().contains("\n"), "control characters are escaped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nX-Injected: 1", "a\nb", "a\rb", "nul\0", "bell\u0007", "del\u007f", "é", "日本"})
    void rejectsValuesWithControlOrNonAsciiCharacters(String value) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> HeaderRules.validate(Map.of("X-Team", value)));

        assertEquals("headers.X-Team", e.errors().get(0).field());
        assertFalse(e.detail().contains(value));
        assertFalse(e.errors().get(0).message().contains(value));
    }

    @Test
    void acceptsSpacesTabsAndEmptyValuesAndTrimsTheEnds() {
        Map<String, String> valid = HeaderRules.validate(Map.of("X-A", " a\tb ", "X-Empty", ""));

        assertEquals(Map.of("X-A", "a\tb", "X-Empty", ""), valid);
    }

    @Test
    void rejectsDuplicatesIgnoringCase() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Team", "a");
        headers.put("x-team", "b");

        ProblemException e = assertThrows(ProblemException.class, () -> HeaderRules.validate(headers));

        assertEquals(List.of(new FieldError("headers.x-team", "is given more than once (header names ignore case)")),
                e.errors());
    }

    @Test
    void listsEveryViolationInOneProblem() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "x");
        headers.put("Bad Name", "x");
        headers.put("X-Ok", "fine");
        headers.put("X-Null", null);
        headers.put("Host", "evil.example");

        ProblemException e = assertThrows(ProblemException.class, () -> HeaderRules.validate(headers));

        assertEquals(List.of("headers.Authorization", "headers.Bad Name", "headers.X-Null", "headers.Host"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("Invalid custom headers: headers.Authorization, headers.Bad Name, headers.X-Null, headers.Host.",
                e.detail());
    }

    @Test
    void rejectsTooManyHeadersAndTooLongValues() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i <= HeaderRules.MAX_HEADERS; i++) {
            many.put("X-H" + i, "v");
        }

        assertThrows(ProblemException.class, () -> HeaderRules.validate(many));
        assertThrows(ProblemException.class,
                () -> HeaderRules.validate(Map.of("X-Long", "v".repeat(HeaderRules.MAX_VALUE_LENGTH + 1))));
    }

    @Test
    void noHeadersIsValid() {
        assertEquals(Map.of(), HeaderRules.validate(null));
        assertEquals(Map.of(), HeaderRules.validate(Map.of()));
    }

    @Test
    void customHeadersOverrideDefaultsIgnoringCase() {
        Map<String, String> merged = HeaderRules.merge(
                Map.of("User-Agent", "switchboard/0.1", "Accept", "text/event-stream"),
                Map.of("user-agent", "my-proxy/1.0", "X-Team", "a"),
                Map.of("Authorization", "Bearer sk-key"));

        assertEquals("my-proxy/1.0", merged.get("User-Agent"));
        assertTrue(merged.containsKey("user-agent"));
        assertEquals("text/event-stream", merged.get("accept"));
        assertEquals("a", merged.get("X-Team"));
        assertEquals("Bearer sk-key", merged.get("Authorization"));
        assertEquals(4, merged.size());
    }

    @Test
    void customHeaderCannotOverrideAHeaderTheClientOwns() {
        ProblemException e = assertThrows(ProblemException.class, () -> HeaderRules.merge(
                Map.of(), Map.of("Anthropic-Version", "2099-01-01"),
                Map.of("x-api-key", "sk-ant-key", "anthropic-version", "2023-06-01")));

        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals("headers.Anthropic-Version", e.errors().get(0).field());
    }

    @Test
    void mergeValidatesTheCustomHeaders() {
        assertThrows(ProblemException.class, () -> HeaderRules.merge(
                Map.of(), Map.of("X-Api-Key", "other"), Map.of("Authorization", "Bearer k")));
    }
}
