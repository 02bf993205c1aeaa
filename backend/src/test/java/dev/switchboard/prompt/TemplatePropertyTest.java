package dev.switchboard.prompt;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Property-style tests of both template formats: thousands of templates generated from random literal text
 * (braces, quotes, newlines, non-ASCII, characters HTML would escape) and random variables, each written as
 * the format requires, then parsed. The variables found must be the ones generated, in order of first use, and
 * rendering with random values (which themselves look like templates) must give the literal text with each
 * value put in its place. Seeded, so a failure names the case that reproduces it.
 */
class TemplatePropertyTest {

    private static final long SEED = 20_261_208L;
    private static final int CASES = 3_000;
    /** Characters of literal text, each a code point (so no surrogate pair is split). */
    private static final String[] TEXT = {"a", "b", "Z", "0", "7", "_", " ", " ", "\n", "\t", ".", ":", "!", "?", "'",
            "\"", "<", ">", "&", "#", "^", "/", "=", "%", "\\", "$", "é", "ß", "漢", "🙂", "{", "{", "}", "}"};
    private static final String NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
    private static final String NAME_REST = NAME_START + "0123456789";
    private static final String[] MUSTACHE_SPACE = {"", "", " ", "  ", "\t", "\n", " \n "};
    private static final String[] VALUE_SHAPES = {"{{ %s }}", "{%s}", "}}{{", "{", "}", "", "<%s> & \"%s\"", "%s\n%s"};

    /** A template as generated: the text written in the format, its variables and the text rendering should give. */
    private record Case(int index, String text, List<String> variables, Map<String, String> values, String rendered) {
    }

    @Test
    void mustacheParsesGeneratedTemplatesToTheirVariablesAndRendersThemExactly() {
        assertRoundTrips(TemplateFormat.MUSTACHE, new Random(SEED));
    }

    @Test
    void fStringParsesGeneratedTemplatesToTheirVariablesAndRendersThemExactly() {
        assertRoundTrips(TemplateFormat.F_STRING, new Random(SEED + 1));
    }

    @Test
    void fStringRefusesAGeneratedTemplateWithOneUnescapedBraceAddedOutsideItsFields() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < CASES; i++) {
            Case generated = generate(random, i, TemplateFormat.F_STRING);
            String brace = random.nextBoolean() ? "{" : "}";
            List<Integer> outsideFields = boundariesOutsideFields(generated.text());
            int at = outsideFields.get(random.nextInt(outsideFields.size()));
            String broken = generated.text().substring(0, at) + brace + generated.text().substring(at);

            assertThrows(Template.Invalid.class, () -> TemplateFormat.F_STRING.parse(broken),
                    "a lone " + brace + " at " + at + " of " + describe(generated));
        }
    }

    @Test
    void noneRendersAnyGeneratedTextAsItIs() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < CASES; i++) {
            String text = literal(random, 40);

            Template template = TemplateFormat.NONE.parse(text);

            assertEquals(List.of(), List.copyOf(template.variables()), text);
            assertEquals(text, template.render(Map.of()), text);
        }
    }

    private static void assertRoundTrips(TemplateFormat format, Random random) {
        for (int i = 0; i < CASES; i++) {
            Case generated = generate(random, i, format);

            Template template = format.parse(generated.text());

            assertEquals(generated.variables(), List.copyOf(template.variables()), describe(generated));
            assertEquals(generated.rendered(), template.render(generated.values()), describe(generated));
        }
    }

    // --- generation

    private static Case generate(Random random, int index, TemplateFormat format) {
        List<String> pool = new ArrayList<>();
        for (int n = 1 + random.nextInt(4); pool.size() < n; ) {
            String name = name(random);
            if (!pool.contains(name)) {
                pool.add(name);
            }
        }
        Map<String, String> values = new HashMap<>();
        for (String name : pool) {
            values.put(name, value(random, pool));
        }
        StringBuilder text = new StringBuilder();
        StringBuilder rendered = new StringBuilder();
        Set<String> used = new LinkedHashSet<>();
        int parts = random.nextInt(9);
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(3) == 0) {
                String name = pool.get(random.nextInt(pool.size()));
                if (format == TemplateFormat.MUSTACHE && text.toString().endsWith("{")) {
                    // "{{{" opens mustache's triple tag, refused: keep a lone "{" off a variable's braces
                    text.append(' ');
                    rendered.append(' ');
                }
                text.append(format == TemplateFormat.MUSTACHE
                        ? "{{" + pick(random, MUSTACHE_SPACE) + name + pick(random, MUSTACHE_SPACE) + "}}"
                        : "{" + name + "}");
                rendered.append(values.get(name));
                used.add(name);
            } else {
                String literal = literal(random, 12);
                for (int c = 0; c < literal.length(); c = literal.offsetByCodePoints(c, 1)) {
                    String character = literal.substring(c, literal.offsetByCodePoints(c, 1));
                    if (format == TemplateFormat.MUSTACHE && character.equals("{") && text.toString().endsWith("{")) {
                        character = "(";  // mustache has no escape for "{{" in text
                    }
                    text.append(format == TemplateFormat.F_STRING && (character.equals("{") || character.equals("}"))
                            ? character + character : character);
                    rendered.append(character);
                }
            }
        }
        return new Case(index, text.toString(), List.copyOf(used), values, rendered.toString());
    }

    private static String literal(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            text.append(pick(random, TEXT));
        }
        return text.toString();
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder().append(NAME_START.charAt(random.nextInt(NAME_START.length())));
        for (int n = random.nextInt(8); n > 0; n--) {
            name.append(NAME_REST.charAt(random.nextInt(NAME_REST.length())));
        }
        return name.toString();
    }

    /** A value that would mean something if it were read as a template: another variable's tag, braces, markup. */
    private static String value(Random random, List<String> pool) {
        String other = pool.get(random.nextInt(pool.size()));
        return pick(random, VALUE_SHAPES).replace("%s", other) + literal(random, 4);
    }

    /** The offsets of an f_string text where an added brace stands alone: not inside a field or a doubled brace. */
    private static List<Integer> boundariesOutsideFields(String text) {
        List<Integer> offsets = new ArrayList<>();
        int i = 0;
        while (true) {
            offsets.add(i);
            if (i >= text.length()) {
                return offsets;
            }
            char c = text.charAt(i);
            if (c == '{' && text.startsWith("{{", i) || c == '}') {
                i += 2;  // a doubled brace (every lone '}' was written doubled)
            } else if (c == '{') {
                i = text.indexOf('}', i) + 1;  // a field
            } else {
                i = text.offsetByCodePoints(i, 1);
            }
        }
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String describe(Case generated) {
        return "case " + generated.index() + ": " + escape(generated.text()) + " with " + generated.values();
    }

    private static String escape(String text) {
        return "\"" + text.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
