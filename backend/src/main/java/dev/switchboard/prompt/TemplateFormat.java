package dev.switchboard.prompt;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** How a prompt version's message texts name their variables. */
public enum TemplateFormat {
    /** {@code {{ name }}}: variables only, no sections, partials or HTML escaping. */
    MUSTACHE("mustache"),
    /** Python's {@code str.format} fields, {@code {name}}, with {@code {{} and {@code }}} as literal braces. */
    F_STRING("f_string"),
    /** The texts are sent as they are. */
    NONE("none");

    private final String wireName;

    TemplateFormat(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<TemplateFormat> of(String wireName) {
        return Arrays.stream(values()).filter(format -> format.wireName.equals(wireName)).findFirst();
    }

    /** Parses {@code text}; a {@link Template.Invalid} says where it cannot be read. */
    public Template parse(String text) {
        return switch (this) {
            case MUSTACHE -> Template.mustache(text);
            case F_STRING -> Template.fString(text);
            case NONE -> Template.literal(text);
        };
    }
}
