import type { InvocationMessage, TemplateFormat } from '../../shared/api';

/**
 * Template variables in message texts, with the server's rules (backend prompt/Template.java), so
 * that the Variables panel lists what a saved version will list and a run sends what the server
 * would render:
 * - `mustache`: `{{ name }}` with optional whitespace; any other tag (sections, partials, comments,
 *   unescaped values) is an error; a single brace is text.
 * - `f_string`: Python's `str.format` with named fields only, `{{` and `}}` as literal braces; a lone
 *   `}` or an unclosed `{` is an error.
 * - `none`: the text as it is.
 * A name is a letter or `_`, then letters, digits or `_` (ASCII).
 */

export const TEMPLATE_FORMATS: readonly TemplateFormat[] = ['mustache', 'f_string', 'none'];

export const TEMPLATE_FORMAT_LABELS: Readonly<Record<TemplateFormat, string>> = {
  mustache: 'Mustache {{ name }}',
  f_string: 'f-string {name}',
  none: 'None (text as is)',
};

type Part = { readonly text: string } | { readonly variable: string };

export type ParsedTemplate =
  | { readonly ok: true; readonly parts: readonly Part[] }
  /** `line` and `column` count from 1, as an editor shows them. */
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseTemplate(text: string, format: TemplateFormat): ParsedTemplate {
  try {
    const parts = format === 'mustache' ? mustache(text) : format === 'f_string' ? fString(text) : literal(text);
    return { ok: true, parts };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { ok: false, message: error.message, ...lineAndColumn(text, error.offset) };
  }
}

/** The variables of parsed parts, in order of first use. */
export function variablesOf(parts: readonly Part[]): string[] {
  return [...new Set(parts.flatMap((part) => ('variable' in part ? [part.variable] : [])))];
}

/** One pass: a value that itself looks like a variable is not read again. */
export function renderParts(parts: readonly Part[], values: Readonly<Record<string, string>>): string {
  return parts.map((part) => ('variable' in part ? (values[part.variable] ?? '') : part.text)).join('');
}

/** The texts of messages, each with its role, as the playground holds them. */
type Texts = ReadonlyArray<{ readonly role: string; readonly content?: string | null }>;

export interface TemplateScan {
  /** Every variable, in order of first use. */
  readonly variables: readonly string[];
  /** What cannot be parsed, one line per message and format. */
  readonly errors: readonly string[];
}

/**
 * The variables of the messages under each template format the instances use (they share the
 * messages, each instance reads them with its own format), and the messages a format cannot parse.
 */
export function scanMessages(messages: Texts, formats: Iterable<TemplateFormat>): TemplateScan {
  const variables = new Set<string>();
  const errors: string[] = [];
  const distinct = [...new Set(formats)];
  for (const format of distinct) {
    messages.forEach((message, index) => {
      const parsed = parseTemplate(message.content ?? '', format);
      if (parsed.ok) variablesOf(parsed.parts).forEach((name) => variables.add(name));
      else errors.push(`${messageLabel(message, index, distinct.length > 1 ? format : null)}: ${describe(parsed)}`);
    });
  }
  return { variables: [...variables], errors };
}

export type RenderResult =
  | { readonly ok: true; readonly messages: readonly InvocationMessage[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The messages with their variables filled in, as the server would render the saved version. A
 * variable without a value is an error rather than an empty text, so that a run never sends a
 * prompt with a hole the user did not choose.
 */
export function renderMessages(
  messages: readonly InvocationMessage[],
  format: TemplateFormat,
  values: Readonly<Record<string, string>>,
): RenderResult {
  const errors: string[] = [];
  const missing = new Set<string>();
  const rendered = messages.map((message, index) => {
    if (message.content === undefined || message.content === null) return message;
    const parsed = parseTemplate(message.content, format);
    if (!parsed.ok) {
      errors.push(`${messageLabel(message, index, null)}: ${describe(parsed)}`);
      return message;
    }
    variablesOf(parsed.parts)
      .filter((name) => (values[name] ?? '') === '')
      .forEach((name) => missing.add(name));
    return { ...message, content: renderParts(parsed.parts, values) };
  });
  missing.forEach((name) => errors.push(`Variable ${name} has no value: fill it in under Variables.`));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, messages: rendered };
}

function messageLabel(message: Texts[number], index: number, format: TemplateFormat | null): string {
  return `Message ${index + 1} (${message.role}${format ? `, ${TEMPLATE_FORMAT_LABELS[format]}` : ''})`;
}

/** Worded as the server words a refused version's message (PromptService), so both read alike. */
function describe(invalid: Extract<ParsedTemplate, { ok: false }>): string {
  return `${invalid.message} (at line ${invalid.line}, column ${invalid.column})`;
}

class Invalid extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function literal(text: string): Part[] {
  return text === '' ? [] : [{ text }];
}

function mustache(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) return [...parts, ...literal(text.slice(at))];
    parts.push(...literal(text.slice(at, open)));
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new Invalid("'{{' is not closed by '}}'", open);
    const tag = text.slice(open + 2, close);
    const name = tag.trim();
    if (name !== '' && '#^/>!&{='.includes(name[0]!)) {
      throw new Invalid(
        `'{{${name[0]}' tags (sections, partials, comments, unescaped values, delimiters) are not supported: only variables such as {{ name }}`,
        open,
      );
    }
    if (!NAME.test(name)) {
      throw new Invalid(`'{{${tag}}}' is not a variable: a name is a letter or _ followed by letters, digits or _`, open);
    }
    parts.push({ variable: name });
    at = close + 2;
  }
}

function fString(text: string): Part[] {
  const parts: Part[] = [];
  let pending = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if ((c === '{' || c === '}') && next === c) {
      pending += c;
      i += 2;
    } else if (c === '}') {
      throw new Invalid("single '}' encountered (write '}}' for a literal brace)", i);
    } else if (c === '{') {
      const close = text.indexOf('}', i + 1);
      const nested = text.indexOf('{', i + 1);
      if (close < 0 || (nested >= 0 && nested < close)) {
        throw new Invalid("'{' is not closed by '}' (write '{{' for a literal brace)", i);
      }
      const field = text.slice(i + 1, close);
      if (field === '') throw new Invalid("'{}' has no name: fields are named, e.g. {question}", i);
      if (!NAME.test(field)) {
        throw new Invalid(
          `'{${field}}' is not a variable name: only names are supported (no positions, attributes, indexes, conversions or format specs)`,
          i,
        );
      }
      parts.push(...literal(pending), { variable: field });
      pending = '';
      i = close + 1;
    } else {
      pending += c;
      i += 1;
    }
  }
  return [...parts, ...literal(pending)];
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
