// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { InvocationMessage, TemplateFormat } from '../../shared/api';
import { parseTemplate, renderMessages, renderParts, scanMessages, variablesOf } from './templates';

function variables(text: string, format: TemplateFormat) {
  const parsed = parseTemplate(text, format);
  if (!parsed.ok) throw new Error(`did not parse: ${parsed.message}`);
  return variablesOf(parsed.parts);
}

function render(text: string, format: TemplateFormat, values: Record<string, string>) {
  const parsed = parseTemplate(text, format);
  if (!parsed.ok) throw new Error(`did not parse: ${parsed.message}`);
  return renderParts(parsed.parts, values);
}

function failure(text: string, format: TemplateFormat) {
  const parsed = parseTemplate(text, format);
  if (parsed.ok) throw new Error(`parsed: ${JSON.stringify(parsed.parts)}`);
  return parsed;
}

describe('mustache templates', () => {
  it('finds variables with or without spaces, each once, in order of first use', () => {
    expect(variables('Answer about {{ topic }} for {{audience}}; {{  topic\t}} again', 'mustache')).toEqual([
      'topic',
      'audience',
    ]);
    expect(render('About {{ topic }}: {{topic}}!', 'mustache', { topic: 'tides' })).toBe('About tides: tides!');
  });

  it('keeps single braces and a stray closing pair as text', () => {
    expect(variables('JSON like {"a": {"b": 1}} stays', 'mustache')).toEqual([]);
    expect(render('{ x } and }} and {', 'mustache', {})).toBe('{ x } and }} and {');
  });

  it('renders in one pass: a value that looks like a variable is not read again', () => {
    expect(render('{{ a }} {{ b }}', 'mustache', { a: '{{ b }}', b: 'B' })).toBe('{{ b }} B');
  });
});

describe('f-string templates', () => {
  it('finds named fields and turns doubled braces into literal ones', () => {
    expect(variables('{greeting}, {name}! {{not_a_field}} {greeting}', 'f_string')).toEqual(['greeting', 'name']);
    expect(render('{{"k": "{value}"}}', 'f_string', { value: 'v' })).toBe('{"k": "v"}');
  });
});

describe('templates that cannot be parsed', () => {
  it.each<[TemplateFormat, string, string, number, number]>([
    ['mustache', 'Hi {{#items}}x{{/items}}', "'{{#' tags", 1, 4],
    ['mustache', 'Hi\n  {{> partial}}', "'{{>' tags", 2, 3],
    ['mustache', '{{{ raw }}}', "'{{{' tags", 1, 1],
    ['mustache', 'a {{ two words }}', "'{{ two words }}' is not a variable", 1, 3],
    ['mustache', 'a {{}}', "'{{}}' is not a variable", 1, 3],
    ['mustache', 'line one\nline {{ open', "'{{' is not closed by '}}'", 2, 6],
    ['mustache', '{{ 1st }}', "'{{ 1st }}' is not a variable", 1, 1],
    ['f_string', 'a } b', "single '}'", 1, 3],
    ['f_string', 'x\n{open', "'{' is not closed", 2, 1],
    ['f_string', '{a{b}', "'{' is not closed", 1, 1],
    ['f_string', '{}', "'{}' has no name", 1, 1],
    ['f_string', '{0}', "'{0}' is not a variable name", 1, 1],
    ['f_string', '{name!r}', "'{name!r}' is not a variable name", 1, 1],
    ['f_string', '{value:>10}', "'{value:>10}' is not a variable name", 1, 1],
    ['f_string', '{user.name}', "'{user.name}' is not a variable name", 1, 1],
  ])('%s refuses %j, saying why and where', (format, text, message, line, column) => {
    const invalid = failure(text, format);
    expect(invalid.message).toContain(message);
    expect([invalid.line, invalid.column]).toEqual([line, column]);
  });
});

describe('no template', () => {
  it('reads every text as it is', () => {
    expect(variables('{{ a }} {b} } {', 'none')).toEqual([]);
    expect(render('{{ a }} {b}', 'none', { a: 'x', b: 'y' })).toBe('{{ a }} {b}');
  });
});

/** A small seeded generator, so that a failing case can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const NAMES = ['a', 'topic', '_x', 'Name2', 'long_variable_name'];
const TEXT = ['Hello ', 'x', '\n', ' { ', ' } ', '{', '}', 'é🙂', '  ', '"json": 1', ''];

/**
 * Generated templates: pieces of text (with the format's escapes where braces need them) and
 * variables; rendering the parse with known values must give the text the pieces stand for.
 */
describe('parse then render, on generated templates', () => {
  const cases = Array.from({ length: 300 }, (_, seed) => seed + 1);

  it.each(['mustache', 'f_string'] as const)('%s: render(parse(template)) is the expected text', (format) => {
    for (const seed of cases) {
      const next = random(seed);
      let template = '';
      let expected = '';
      const used: string[] = [];
      const values = Object.fromEntries(NAMES.map((name) => [name, `<${name}:${seed}>`]));
      for (let piece = next(8); piece >= 0; piece -= 1) {
        const name = next(3) === 0 ? NAMES[next(NAMES.length)]! : null;
        const text = name === null ? TEXT[next(TEXT.length)]! : '';
        const written =
          name !== null
            ? format === 'mustache'
              ? `{{${' '.repeat(next(3))}${name}${' '.repeat(next(3))}}}`
              : `{${name}}`
            : format === 'f_string'
              ? text.replaceAll('{', '{{').replaceAll('}', '}}')
              : text;
        // In mustache a brace of text just before another brace would open a tag: such text cannot be written.
        if (format === 'mustache' && template.endsWith('{') && written.startsWith('{')) continue;
        if (name !== null && !used.includes(name)) used.push(name);
        template += written;
        expected += name !== null ? values[name] : text;
      }
      const parsed = parseTemplate(template, format);
      expect(parsed, `seed ${seed}: ${JSON.stringify(template)}`).toMatchObject({ ok: true });
      if (!parsed.ok) continue;
      expect(variablesOf(parsed.parts), `seed ${seed}`).toEqual(used);
      expect(renderParts(parsed.parts, values), `seed ${seed}`).toBe(expected);
    }
  });
});

describe('messages', () => {
  const messages: InvocationMessage[] = [
    { role: 'system', content: 'Reply as {"answer": "…"} about {{ topic }}.' },
    { role: 'user', content: 'Explain {{ topic }} to a {level} reader.' },
    { role: 'assistant', toolCalls: [{ id: 'c1', name: 'f', arguments: '{}' }] },
  ];

  it('lists the variables under every format in use, and what a format cannot parse', () => {
    expect(scanMessages(messages, ['mustache'])).toEqual({ variables: ['topic'], errors: [] });
    expect(scanMessages(messages, ['mustache', 'f_string', 'mustache'])).toEqual({
      variables: ['topic', 'level'],
      errors: [
        `Message 1 (system, f-string {name}): '{"answer": "…"}' is not a variable name: only names are supported (no positions, attributes, indexes, conversions or format specs) (at line 1, column 10)`,
      ],
    });
    expect(scanMessages(messages, ['none'])).toEqual({ variables: [], errors: [] });
  });

  it('fills the variables in, leaving messages without text as they are', () => {
    const result = renderMessages(messages, 'mustache', { topic: 'tides' });

    expect(result).toEqual({
      ok: true,
      messages: [
        { role: 'system', content: 'Reply as {"answer": "…"} about tides.' },
        { role: 'user', content: 'Explain tides to a {level} reader.' },
        messages[2],
      ],
    });
  });

  it('refuses to render with a variable left empty, or a text the format cannot parse', () => {
    expect(renderMessages(messages, 'mustache', { topic: '' })).toEqual({
      ok: false,
      errors: ['Variable topic has no value: fill it in under Variables.'],
    });
    expect(renderMessages(messages, 'f_string', { level: 'new' })).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^Message 1 \(system\): '\{"answer".* \(at line 1, column 10\)$/)],
    });
  });
});
