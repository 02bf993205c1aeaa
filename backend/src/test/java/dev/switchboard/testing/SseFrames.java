package dev.switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The events of an invocation's SSE response body, as a client reads them; see {@link InvocationCalls#frames}. */
public record SseFrames(List<Frame> frames) {

    public record Frame(String event, JsonNode data) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static SseFrames parse(String body) {
        List<Frame> frames = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
            if (!data.isEmpty()) {
                try {
                    frames.add(new Frame(event, JSON.readTree(data.toString())));
                } catch (IOException e) {
                    throw new UncheckedIOException("event data is not JSON: " + data, e);
                }
            }
        }
        return new SseFrames(List.copyOf(frames));
    }

    public List<String> names() {
        return frames.stream().map(Frame::event).toList();
    }

    public Frame first(String event) {
        return frames.stream().filter(f -> f.event().equals(event)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " event in " + names()));
    }

    public Frame last() {
        return frames.get(frames.size() - 1);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        frames.stream().filter(f -> f.event().equals("text")).forEach(f -> text.append(f.data().get("delta").asText()));
        return text.toString();
    }

    /** Every stream starts with start and ends with exactly one finish or error, as its last event. */
    public SseFrames assertWellFormed() {
        List<String> names = names();
        if (names.isEmpty() || !names.get(0).equals("start")) {
            throw new AssertionError("stream does not begin with start: " + names);
        }
        long terminals = names.stream().filter(n -> n.equals("finish") || n.equals("error")).count();
        String last = names.get(names.size() - 1);
        if (terminals != 1 || !(last.equals("finish") || last.equals("error"))) {
            throw new AssertionError("stream must end with exactly one finish or error: " + names);
        }
        return this;
    }
}
