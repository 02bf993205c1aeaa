package dev.switchboard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against a schema of a provider's published OpenAPI description in {@code ../shared/specs}
 * (outside the repository: CI has {@code shared/} beside the clone). The description is prepared as
 * {@code ../shared/specs/prism-prep-spec.js} prepares it for Prism, because OpenAI's OAS 3.1 file still
 * carries OAS 3.0 {@code nullable}: {@code type: T} with {@code nullable: true} becomes
 * {@code type: [T, "null"]}, other {@code nullable}s and {@code type: null} are dropped. Beyond what Prism
 * needs: OAS 3.0's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become 2020-12's numeric
 * form, and annotations 2020-12 does not know ({@code example}, {@code discriminator}, {@code x-*}) are
 * dropped. Component references become {@code $defs} of one JSON Schema 2020-12 document.
 */
public final class OpenApiSchemas {

    private static final Map<String, OpenApiSchemas> LOADED = new ConcurrentHashMap<>();
    private static final String COMPONENTS = "#/components/schemas/";

    private final ObjectNode schemas;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private OpenApiSchemas(ObjectNode schemas) {
        this.schemas = schemas;
    }

    /**
     * The description at {@code specs/<relative>} on the test class path (pinned copies of the
     * providers' published descriptions, see src/test/resources/specs/README.md), e.g.
     * {@code openai/openapi.yaml}; read once per run.
     */
    public static OpenApiSchemas of(String relative) {
        return LOADED.computeIfAbsent(relative, r -> load(locate("specs/" + r)));
    }

    static Path locate(String resource) {
        URL url = OpenApiSchemas.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("No " + resource + " among the test resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems of {@code json} against the named component schema; empty when it conforms. */
    public Set<ValidationMessage> validate(String schemaName, JsonNode json) {
        return compiled.computeIfAbsent(schemaName, this::compile).validate(json);
    }

    private JsonSchema compile(String name) {
        if (!schemas.has(name)) {
            throw new IllegalArgumentException("No schema " + name + " in the description");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$ref", "#/$defs/" + name);
        root.set("$defs", schemas);
        return factory.getSchema(root);
    }

    private static OpenApiSchemas load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        try {
            JsonNode description = yaml.readTree(file.toFile());
            JsonNode schemas = description.at("/components/schemas");
            if (!schemas.isObject()) {
                throw new IllegalStateException(file + " has no components.schemas");
            }
            ObjectNode prepared = (ObjectNode) schemas.deepCopy();
            prepare(prepared);
            return new OpenApiSchemas(prepared);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** prism-prep-spec.js's fixes, plus component references rewritten to {@code $defs}. */
    private static void prepare(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(OpenApiSchemas::prepare);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        JsonNode nullable = object.get("nullable");
        if (nullable != null && nullable.isBoolean()) {
            JsonNode type = object.get("type");
            if (nullable.asBoolean() && type != null && type.isTextual()) {
                object.set("type", JsonNodeFactory.instance.arrayNode().add(type.asText()).add("null"));
            } else if (nullable.asBoolean() && type instanceof ArrayNode types
                    && !List.copyOf(toList(types)).contains("null")) {
                types.add("null");
            }
            object.remove("nullable");
        }
        if (object.has("type") && object.get("type").isNull()) {
            object.remove("type");
        }
        exclusiveBound(object, "exclusiveMinimum", "minimum");
        exclusiveBound(object, "exclusiveMaximum", "maximum");
        // Annotations that JSON Schema 2020-12 does not know; they do not constrain the instance.
        object.remove(List.of("example", "discriminator", "$recursiveAnchor"));
        List<String> extensions = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("x-")) {
                extensions.add(name);
            }
        });
        object.remove(extensions);
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENTS)) {
            object.set("$ref", TextNode.valueOf("#/$defs/" + ref.asText().substring(COMPONENTS.length())));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                prepare(field.getValue());
            }
        }
    }

    /** OAS 3.0's boolean {@code exclusiveMinimum: true} next to {@code minimum: n} is 2020-12's {@code exclusiveMinimum: n}. */
    private static void exclusiveBound(ObjectNode object, String exclusive, String inclusive) {
        JsonNode flag = object.get(exclusive);
        if (flag != null && flag.isBoolean()) {
            if (flag.asBoolean() && object.has(inclusive)) {
                object.set(exclusive, object.get(inclusive));
                object.remove(inclusive);
            } else {
                object.remove(exclusive);
            }
        }
    }

    private static List<String> toList(ArrayNode types) {
        return java.util.stream.StreamSupport.stream(types.spliterator(), false).map(JsonNode::asText).toList();
    }
}
