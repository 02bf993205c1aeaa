package dev.switchboard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Fixture files under {@code src/test/resources/fixtures/}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The text of {@code fixtures/<name>}, e.g. {@code read("openai/chat-text.sse")}. */
    public static String read(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The bytes of {@code fixtures/<name>}, as a provider would send them. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture fixtures/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The events of an SSE fixture, each with its terminating blank line, in order. Comment-only
     * blocks (the fixture's provenance header, {@code : ...} lines) are dropped, so the mock sends
     * exactly the provider's events.
     */
    public static List<String> events(String fixture) {
        String text = read(fixture).replace("\r\n", "\n");
        List<String> events = new ArrayList<>();
        for (String block : text.split("\n\n+")) {
            if (block.isBlank() || block.lines().allMatch(line -> line.startsWith(":"))) {
                continue;
            }
            events.add(block.strip() + "\n\n");
        }
        return events;
    }
}
