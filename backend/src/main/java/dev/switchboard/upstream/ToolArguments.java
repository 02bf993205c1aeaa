package dev.switchboard.upstream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;

import java.io.IOException;
import java.util.List;

/**
 * Tool call arguments travel as JSON text in invocations (as in OpenAI's protocol) and as JSON objects
 * in Anthropic's, Gemini's and Bedrock's.
 */
public final class ToolArguments {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ToolArguments() {
    }

    /**
     * The arguments as an object; none (null or blank) is the empty object.
     *
     * @param field the JSON path of the arguments, for the 422 problem when they are not a JSON object
     */
    public static ObjectNode object(String arguments, String field) {
        if (arguments == null || arguments.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode parsed = parse(arguments);
        if (parsed instanceof ObjectNode object) {
            return object;
        }
        throw new ProblemException(ProblemType.VALIDATION, "Tool call arguments must be a JSON object.",
                List.of(new FieldError(field, "must be a JSON object written as text")));
    }

    /** JSON text as a tree, or null when it is not JSON (a tool's plain-text result). */
    public static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
