package dev.switchboard.upstream.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON Schema (what invocations carry for tool parameters and response formats) into Gemini's
 * {@code Schema}, an OpenAPI 3.0 subset: type names in capitals, {@code "type": ["string", "null"]} as
 * {@code nullable}, {@code const} as a one-value enum. Keywords Gemini does not know
 * ({@code additionalProperties}, {@code $schema}, {@code $ref}, {@code oneOf}, …) are left out, since the
 * API refuses unknown members; the constraints they carry are therefore not enforced.
 */
final class GeminiSchemas {

    private static final Set<String> COPIED = Set.of("format", "title", "description", "nullable", "enum",
            "required", "minItems", "maxItems", "minProperties", "maxProperties", "minLength", "maxLength",
            "pattern", "minimum", "maximum", "default", "example", "propertyOrdering");

    private GeminiSchemas() {
    }

    /** The Gemini schema, or null for none. */
    static JsonNode of(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return null;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        type(schema.get("type"), out);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (COPIED.contains(name)) {
                out.set(name, value);
            } else if (name.equals("const")) {
                out.putArray("enum").add(value);
            } else if (name.equals("items")) {
                JsonNode items = of(value);
                if (items != null) {
                    out.set("items", items);
                }
            } else if (name.equals("anyOf") && value.isArray()) {
                ArrayNode anyOf = out.putArray("anyOf");
                value.forEach(option -> {
                    JsonNode converted = of(option);
                    if (converted != null) {
                        anyOf.add(converted);
                    }
                });
            } else if (name.equals("properties") && value.isObject()) {
                ObjectNode properties = out.putObject("properties");
                value.fields().forEachRemaining(p -> {
                    JsonNode converted = of(p.getValue());
                    properties.set(p.getKey(), converted == null ? JsonNodeFactory.instance.objectNode() : converted);
                });
            }
        }
        return out;
    }

    private static void type(JsonNode type, ObjectNode out) {
        if (type == null) {
            return;
        }
        if (type.isTextual() && "null".equals(type.asText())) {
            out.put("nullable", true);
        } else if (type.isTextual()) {
            out.put("type", type.asText().toUpperCase(Locale.ROOT));
        } else if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    out.put("nullable", true);
                } else if (!out.has("type")) {
                    out.put("type", t.asText().toUpperCase(Locale.ROOT));
                }
            }
        }
    }
}
