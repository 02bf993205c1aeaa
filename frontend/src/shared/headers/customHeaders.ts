/**
 * Validation of the Custom Headers JSON, the same rules the server applies, so a bad header is
 * shown inline before any request is sent.
 */

/** Headers a user may never set: authentication, framing and hop-by-hop headers (lower case). */
export const FORBIDDEN_HEADER_NAMES: ReadonlySet<string> = new Set([
  'authorization',
  'api-key',
  'x-api-key',
  'x-goog-api-key',
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
]);

/** RFC 9110 §5.6.2 token: 1*tchar. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Control characters a value may not contain: C0 (CR and LF among them) except tab, DEL and C1. */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;

export type HeaderValidation =
  | { readonly ok: true; readonly headers: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly errors: readonly string[] };

export function validateCustomHeaders(text: string): HeaderValidation {
  if (text.trim() === '') return { ok: true, headers: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, errors: ['Custom headers must be a JSON object, such as {"X-Team": "research"}.'] };
  }

  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed)) {
    const lower = name.toLowerCase();
    if (!TOKEN.test(name)) {
      errors.push(`"${name}" is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only).`);
    } else if (FORBIDDEN_HEADER_NAMES.has(lower) || lower.startsWith('x-amz-')) {
      errors.push(`${name} cannot be set: authentication, host and connection headers are managed by Switchboard.`);
    }
    const previous = seen.get(lower);
    if (previous !== undefined) {
      errors.push(`${name} repeats ${previous} (header names ignore case).`);
    } else {
      seen.set(lower, name);
    }
    if (typeof value !== 'string') {
      errors.push(`The value of ${name} must be a string.`);
    } else if (CONTROL.test(value)) {
      errors.push(`The value of ${name} contains a line break or control character.`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, headers: parsed as Record<string, string> };
}
