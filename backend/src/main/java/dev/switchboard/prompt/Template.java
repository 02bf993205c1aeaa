package dev.switchboard.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message text cut into literal pieces and variables, so that rendering is one pass with no second
 * interpretation of what a variable's value contains (a value holding {@code {{x}}} stays as it is).
 */
public final class Template {

    /** A variable name: a letter or underscore, then letters, digits or underscores (Python's identifiers, ASCII). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A text that cannot be parsed: what is wrong and where (0-based character offset). */
    public static final class Invalid extends RuntimeException {
        private final int position;

        Invalid(String message, int position) {
            super(message, null, false, false);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    /** A literal piece (name null) or a variable. */
    private record Part(String text, String name) {
    }

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The variables, in order of first use. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        parts.stream().filter(part -> part.name() != null).forEach(part -> names.add(part.name()));
        return names;
    }

    /** The text with every variable replaced by its value; the caller has checked that all are given. */
    public String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part.name() == null ? part.text() : values.get(part.name()));
        }
        return out.toString();
    }

    static Template literal(String text) {
        return new Template(List.of(new Part(text, null)));
    }

    /** Mustache, variables only: {@code {{ name }}} with optional whitespace; every other tag is refused. */
    static Template mustache(String text) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) {
                literal(parts, text.substring(at));
                return new Template(parts);
            }
            literal(parts, text.substring(at, open));
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                throw new Invalid("'{{' is not closed by '}}'", open);
            }
            String tag = text.substring(open + 2, close);
            String name = tag.strip();
            if (!name.isEmpty() && "#^/>!&{=".indexOf(name.charAt(0)) >= 0) {
                throw new Invalid("'{{" + name.charAt(0) + "' tags (sections, partials, comments, unescaped "
                        + "values, delimiters) are not supported: only variables such as {{ name }}", open);
            }
            if (!NAME.matcher(name).matches()) {
                throw new Invalid("'{{" + tag + "}}' is not a variable: a name is a letter or _ followed by "
                        + "letters, digits or _", open);
            }
            parts.add(new Part(null, name));
            at = close + 2;
        }
    }

    /**
     * Python's {@code str.format} rules: {@code {{} and {@code }}} are literal braces, {@code {name}} a
     * variable, a single {@code }} or an unclosed {@code {} an error. Positional fields, attribute or
     * index access, conversions and format specs are refused: a prompt fills in named text only.
     */
    static Template fString(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw new Invalid("single '}' encountered (write '}}' for a literal brace)", i);
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                int nested = text.indexOf('{', i + 1);
                if (close < 0 || (nested >= 0 && nested < close)) {
                    throw new Invalid("'{' is not closed by '}' (write '{{' for a literal brace)", i);
                }
                String field = text.substring(i + 1, close);
                if (field.isEmpty()) {
                    throw new Invalid("'{}' has no name: fields are named, e.g. {question}", i);
                }
                if (!NAME.matcher(field).matches()) {
                    throw new Invalid("'{" + field + "}' is not a variable name: only names are supported (no "
                            + "positions, attributes, indexes, conversions or format specs)", i);
                }
                literal(parts, literal.toString());
                literal.setLength(0);
                parts.add(new Part(null, field));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        literal(parts, literal.toString());
        return new Template(parts);
    }

    private static void literal(List<Part> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(new Part(text, null));
        }
    }
}
