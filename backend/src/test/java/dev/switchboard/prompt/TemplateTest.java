package dev.switchboard.prompt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static dev.switchboard.prompt.TemplateFormat.F_STRING;
import static dev.switchboard.prompt.TemplateFormat.MUSTACHE;
import static dev.switchboard.prompt.TemplateFormat.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two template languages of prompt versions, one rule at a time: mustache is variables only (whitespace
 * inside the tag allowed, every other kind of tag refused, no HTML escaping), f_string follows Python's
 * {@code str.format} for named fields ({@code {{}/{@code }}} literal, a lone {@code }} or an unclosed
 * {@code {} an error, positional fields, attributes, indexes, conversions and format specs refused), and in
 * every format a value is inserted as it is, never read as a template again. Errors carry the offset of the
 * offending brace, which {@link VersionChecks#where} turns into a line and column.
 */
class TemplateTest {

    // --- mustache

    @Test
    void mustacheVariableMayHaveWhitespaceInsideTheTagAndIsOneVariable() {
        Template template = MUSTACHE.parse("{{name}}|{{ name }}|{{\tname\n}}|{{   name}}");

        assertEquals(List.of("name"), List.copyOf(template.variables()));
        assertEquals("Ada|Ada|Ada|Ada", template.render(Map.of("name", "Ada")));
    }

    @Test
    void mustacheListsVariablesInOrderOfFirstUse() {
        Template template = MUSTACHE.parse("{{ b }} then {{a}} then {{ b }} then {{_c9}}");

        assertEquals(List.of("b", "a", "_c9"), List.copyOf(template.variables()));
        assertEquals("2 then 1 then 2 then 3", template.render(Map.of("a", "1", "b", "2", "_c9", "3")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{{#items}}x{{/items}}", "{{^items}}none{{/items}}", "{{/items}}", "{{> partial}}",
            "{{! a comment }}", "{{& raw}}", "{{{raw}}}", "{{=<% %>=}}", "{{ #items }}"})
    void mustacheRefusesEveryTagThatIsNotAVariable(String tag) {
        Template.Invalid invalid = assertThrows(Template.Invalid.class, () -> MUSTACHE.parse("Hi " + tag));

        assertEquals(3, invalid.position(), "the error points at the tag's '{{'");
        assertTrue(invalid.getMessage().contains("not supported") || invalid.getMessage().contains("not a variable"),
                invalid.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{{}}", "{{ }}", "{{ 9lives }}", "{{ user.name }}", "{{ first name }}", "{{ a-b }}", "{{ é }}"})
    void mustacheRefusesATagWhoseContentIsNotAName(String tag) {
        Template.Invalid invalid = assertThrows(Template.Invalid.class, () -> MUSTACHE.parse("x\n" + tag + " y"));

        assertEquals(2, invalid.position());
        assertTrue(invalid.getMessage().contains("is not a variable"), invalid.getMessage());
    }

    @Test
    void mustacheRefusesAnUnclosedTagAtItsOpeningBraces() {
        Template.Invalid invalid = assertThrows(Template.Invalid.class,
                () -> MUSTACHE.parse("Dear {{ name }},\nabout {{ topic"));

        assertEquals("Dear {{ name }},\nabout ".length(), invalid.position());
        assertTrue(invalid.getMessage().contains("not closed"), invalid.getMessage());
        assertEquals("(at line 2, column 7)", VersionChecks.where("Dear {{ name }},\nabout {{ topic", invalid.position()));
    }

    @Test
    void mustacheDoesNotEscapeHtml() {
        String value = "<b>\"Tom\" & 'Jerry'</b>";

        assertEquals("Say " + value, MUSTACHE.parse("Say {{ text }}").render(Map.of("text", value)));
    }

    @Test
    void mustacheKeepsSingleBracesAndStrayClosingBracesAsText() {
        String text = "a {single} brace, a } and }} and a { at the end {";
        Template template = MUSTACHE.parse(text);

        assertTrue(template.variables().isEmpty());
        assertEquals(text, template.render(Map.of()));
    }

    @Test
    void mustacheInsertsAValueThatLooksLikeATemplateLiterally() {
        Template template = MUSTACHE.parse("{{a}}/{{b}}");

        assertEquals("{{b}}/{x}", template.render(Map.of("a", "{{b}}", "b", "{x}")));
    }

    // --- f_string

    @Test
    void fStringDoubledBracesAreLiteralBraces() {
        Template template = F_STRING.parse("{{not_a_field}} and }}{{");

        assertTrue(template.variables().isEmpty());
        assertEquals("{not_a_field} and }{", template.render(Map.of()));
    }

    @Test
    void fStringFieldBetweenEscapedBracesIsStillAField() {
        Template template = F_STRING.parse("{{{name}}}");

        assertEquals(List.of("name"), List.copyOf(template.variables()));
        assertEquals("{Ada}", template.render(Map.of("name", "Ada")));
    }

    @Test
    void fStringListsNamedFieldsInOrderOfFirstUse() {
        Template template = F_STRING.parse("{question}? ({context}, {question})");

        assertEquals(List.of("question", "context"), List.copyOf(template.variables()));
        assertEquals("why? (because, why)", template.render(Map.of("question", "why", "context", "because")));
    }

    @Test
    void fStringRefusesASingleClosingBraceWhereItIs() {
        Template.Invalid lone = assertThrows(Template.Invalid.class, () -> F_STRING.parse("a } b"));
        Template.Invalid afterField = assertThrows(Template.Invalid.class, () -> F_STRING.parse("{a}}"));

        assertEquals(2, lone.position());
        assertTrue(lone.getMessage().contains("single '}'"), lone.getMessage());
        assertEquals(3, afterField.position(), "{a} is a field, the } after it is alone (as in Python)");
    }

    @Test
    void fStringRefusesAnUnclosedOpeningBraceWhereItIs() {
        Template.Invalid unclosed = assertThrows(Template.Invalid.class, () -> F_STRING.parse("ask {name"));
        Template.Invalid nested = assertThrows(Template.Invalid.class, () -> F_STRING.parse("x {a{b}"));
        Template.Invalid atEnd = assertThrows(Template.Invalid.class, () -> F_STRING.parse("end {"));

        assertEquals(4, unclosed.position());
        assertTrue(unclosed.getMessage().contains("not closed"), unclosed.getMessage());
        assertEquals(2, nested.position());
        assertEquals(4, atEnd.position());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{0}", "{12}", "{a.b}", "{a[0]}", "{a!r}", "{a!s}", "{a:>3}", "{a:{b}}", "{ a }",
            "{a b}", "{1a}"})
    void fStringRefusesEverythingButANamedField(String field) {
        Template.Invalid invalid = assertThrows(Template.Invalid.class, () -> F_STRING.parse("value: " + field));

        assertEquals("value: ".length(), invalid.position());
    }

    @Test
    void fStringInsertsAValueWithBracesLiterally() {
        Template template = F_STRING.parse("{a} {b}");

        assertEquals("{b} }{{", template.render(Map.of("a", "{b}", "b", "}{{")));
    }

    // --- none, and positions

    @Test
    void noneSendsTheTextAsItIsWithoutVariables() {
        String text = "{{ name }} {name} } {";
        Template template = NONE.parse(text);

        assertTrue(template.variables().isEmpty());
        assertEquals(text, template.render(Map.of()));
    }

    @Test
    void positionsAreReportedAsOneBasedLineAndColumn() {
        assertEquals("(at line 1, column 1)", VersionChecks.where("{x", 0));
        assertEquals("(at line 3, column 4)", VersionChecks.where("a\nb\nabc}", 7));
        assertEquals("(at line 2, column 1)", VersionChecks.where("a\n}", 2));
    }

    @Test
    void formatsAreNamedOnTheWireAsInTheContract() {
        assertEquals(MUSTACHE, TemplateFormat.of("mustache").orElseThrow());
        assertEquals(F_STRING, TemplateFormat.of("f_string").orElseThrow());
        assertEquals(NONE, TemplateFormat.of("none").orElseThrow());
        assertTrue(TemplateFormat.of("MUSTACHE").isEmpty());
        assertTrue(TemplateFormat.of("jinja2").isEmpty());
    }
}
