package dev.switchboard.common.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://api.openai.com/v1", "http://127.0.0.1:11434/v1", "HTTPS://Example.COM",
            "https://my-resource.openai.azure.com/", "http://[::1]:8080/v1?api-version=1", " https://api.x.ai/v1 "})
    void acceptsAbsoluteHttpAndHttpsUrlsWithAHost(String url) {
        assertNull(HttpUrls.problem(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://files.example.com/v1      | http or https",
            "file:///etc/passwd              | http or https",
            "gopher://example.com            | http or https",
            "/v1/chat/completions            | absolute",
            "api.openai.com/v1               | absolute",
            "mailto:someone@example.com      | absolute",
            "https://user:pw@example.com/v1  | user-info",
            "https://example.com/v1#section  | fragment",
            "http://                         | cannot be parsed",
            "https:///v1                     | host",
            "http://exa mple.com/            | cannot be parsed",
            "https://example.com:99999999999/ | host"})
    void refusesAnythingElseSayingWhy(String url, String reason) {
        String problem = HttpUrls.problem(url);

        assertNotNull(problem, url);
        assertTrue(problem.contains(reason), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://admin:hunter2@example.com", "ftp://admin:hunter2@example.com"})
    void theReasonNeverQuotesTheUrl(String url) {
        assertFalse(HttpUrls.problem(url).contains("hunter2"));
    }
}
