package dev.switchboard.upstream.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScrubberTest {

    @Test
    void replacesEverySecretUsedForTheCall() {
        Scrubber scrubber = new Scrubber(List.of("my-azure-key-123", "proxy-secret"));

        String scrubbed = scrubber.scrub("Key my-azure-key-123 is invalid; proxy-secret too; my-azure-key-123.");

        assertEquals("Key [redacted] is invalid; [redacted] too; [redacted].", scrubbed);
    }

    @Test
    void replacesTheLongerSecretWholeWhenOneContainsAnother() {
        Scrubber scrubber = new Scrubber(List.of("abcd", "abcdefgh"));

        assertEquals("x [redacted] y", scrubber.scrub("x abcdefgh y"));
    }

    @Test
    void replacesUrlEncodedSecrets() {
        Scrubber scrubber = new Scrubber(List.of("a+b/c="));

        assertEquals("GET /v1?key=[redacted]", scrubber.scrub("GET /v1?key=a%2Bb%2Fc%3D"));
    }

    @Test
    void redactsBearerTokensAndKnownKeyShapesItWasNotTold() {
        String scrubbed = Scrubber.none().scrub("""
                Authorization: Bearer eyJhbGciOi.payload.sig
                Incorrect API key provided: sk-proj-********************abcd.
                anthropic sk-ant-api03-AbC_dEf-123456 google AIzaSyA1234567890abcdefghijklmnop
                aws AKIAIOSFODNN7EXAMPLE groq gsk_abcdefghijklmnop1234""");

        assertEquals("""
                Authorization: Bearer [redacted]
                Incorrect API key provided: [redacted].
                anthropic [redacted] google [redacted]
                aws [redacted] groq [redacted]""", scrubbed);
    }

    @Test
    void ignoresBlankSecretsAndLeavesOrdinaryTextAlone() {
        Scrubber scrubber = new Scrubber(java.util.Arrays.asList("", " ", null));

        assertEquals("The model `gpt-4o` does not exist.", scrubber.scrub("The model `gpt-4o` does not exist."));
    }
}
