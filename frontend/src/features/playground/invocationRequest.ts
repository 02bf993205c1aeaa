import type { ApiType } from '../providers/providerApi';
import { validateCustomHeaders } from './customHeaders';
import type { InstanceDraft, MessageRole, PromptDraft, ReasoningEffort } from './playgroundState';

/** The body of `POST /api/v1/invocations`. */
export interface InvocationRequest {
  provider: string | null;
  customProviderId: string | null;
  model: string;
  apiType: ApiType | null;
  messages: Array<{
    role: MessageRole;
    content: string | null;
    toolCalls?: Array<{ id: string; name: string; arguments: string }>;
    toolCallId?: string;
  }>;
  tools: Array<{ name: string; description: string; parameters: unknown }>;
  toolChoice: string | null;
  responseFormat:
    | null
    | { type: 'json_object' }
    | { type: 'json_schema'; name: string; schema: unknown; strict?: boolean };
  parameters: {
    temperature: number | null;
    maxTokens: number | null;
    topP: number | null;
    stop: string[];
    seed: number | null;
    reasoningEffort: Exclude<ReasoningEffort, ''> | null;
  };
  connection: { baseUrl: string | null; azureEndpoint: string | null; region: string | null };
  headers: Record<string, string>;
  credentials: Record<string, string>;
}

export type BuildResult =
  | { readonly ok: true; readonly request: InvocationRequest }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Builds the request for one instance, or says what is wrong with the form. `credentialsFor` gives
 * the browser-held values of one provider: only the invoked provider's are sent, and none for a
 * custom provider, which carries its own.
 */
export function buildInvocationRequest(
  prompt: PromptDraft,
  instance: InstanceDraft,
  credentialsFor: (provider: string) => Record<string, string>,
): BuildResult {
  const errors: string[] = [];
  const model = instance.model;
  if (!model || model.model.trim() === '') errors.push('Choose a model.');

  const messages: InvocationRequest['messages'] = [];
  prompt.messages.forEach((message, index) => {
    const label = `Message ${index + 1} (${message.role})`;
    if (message.role === 'assistant' && message.toolCallsText.trim() !== '') {
      const toolCalls = parseToolCalls(message.toolCallsText);
      if (typeof toolCalls === 'string') errors.push(`${label}: ${toolCalls}`);
      else messages.push({ role: 'assistant', content: message.content === '' ? null : message.content, toolCalls });
    } else if (message.role === 'tool') {
      if (message.toolCallId.trim() === '') errors.push(`${label}: a tool message needs the id of the tool call it answers.`);
      messages.push({ role: 'tool', content: message.content, toolCallId: message.toolCallId.trim() });
    } else {
      messages.push({ role: message.role, content: message.content });
    }
  });
  if (messages.length === 0) errors.push('Add at least one message.');

  const tools = parseTools(prompt.toolsText);
  if (typeof tools === 'string') errors.push(`Tools: ${tools}`);

  let responseFormat: InvocationRequest['responseFormat'] = null;
  if (prompt.responseFormat === 'json_object') responseFormat = { type: 'json_object' };
  if (prompt.responseFormat === 'json_schema') {
    const schema = parseJson(prompt.responseSchemaText);
    if (!isRecord(schema)) errors.push('Response format: the JSON schema must be a JSON object.');
    else responseFormat = jsonSchemaFormat(schema);
  }

  const p = instance.parameters;
  const temperature = numberOrNull(p.temperature, 'Temperature', errors, { min: 0, max: 2 });
  const maxTokens = numberOrNull(p.maxTokens, 'Max tokens', errors, { min: 1, integer: true });
  const topP = numberOrNull(p.topP, 'Top P', errors, { min: 0, max: 1 });
  const seed = numberOrNull(p.seed, 'Seed', errors, { integer: true });

  const headers = validateCustomHeaders(instance.headersText);
  if (!headers.ok) errors.push(...headers.errors.map((error) => `Custom headers: ${error}`));

  const baseUrl = urlOrNull(instance.connection.baseUrl, 'Base URL', errors);
  const azureEndpoint = urlOrNull(instance.connection.azureEndpoint, 'Azure endpoint', errors);

  if (errors.length > 0 || !model || typeof tools === 'string' || !headers.ok) return { ok: false, errors };

  const toolList = tools;
  return {
    ok: true,
    request: {
      provider: model.kind === 'builtin' ? model.provider : null,
      customProviderId: model.kind === 'custom' ? model.customProviderId : null,
      model: model.model.trim(),
      apiType: instance.apiType,
      messages,
      tools: toolList,
      toolChoice: toolList.length > 0 ? prompt.toolChoice : null,
      responseFormat,
      parameters: {
        temperature,
        maxTokens,
        topP,
        stop: p.stop
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
        seed,
        reasoningEffort: p.reasoningEffort === '' ? null : p.reasoningEffort,
      },
      connection: { baseUrl, azureEndpoint, region: instance.connection.region.trim() || null },
      headers: headers.headers,
      credentials: model.kind === 'builtin' ? credentialsFor(model.provider) : {},
    },
  };
}

function parseToolCalls(text: string): InvocationRequest['messages'][number]['toolCalls'] | string {
  const parsed = parseJson(text);
  const list = isRecord(parsed) ? [parsed] : parsed;
  if (!Array.isArray(list)) return 'tool calls must be a JSON array of { "id", "name", "arguments" }.';
  const calls = [];
  for (const call of list) {
    if (!isRecord(call) || typeof call.id !== 'string' || typeof call.name !== 'string') {
      return 'every tool call needs a string "id" and "name".';
    }
    const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {});
    calls.push({ id: call.id, name: call.name, arguments: args });
  }
  return calls;
}

function parseTools(text: string): InvocationRequest['tools'] | string {
  if (text.trim() === '') return [];
  const parsed = parseJson(text);
  const list = isRecord(parsed) ? [parsed] : parsed;
  if (!Array.isArray(list)) return 'not valid JSON, or not an array of tool definitions.';
  const tools = [];
  for (const [index, tool] of list.entries()) {
    if (!isRecord(tool) || typeof tool.name !== 'string' || tool.name.trim() === '') {
      return `tool ${index + 1} needs a "name".`;
    }
    if (tool.parameters !== undefined && !isRecord(tool.parameters)) {
      return `the "parameters" of ${tool.name} must be a JSON schema object.`;
    }
    tools.push({
      name: tool.name,
      description: typeof tool.description === 'string' ? tool.description : '',
      parameters: tool.parameters ?? { type: 'object', properties: {} },
    });
  }
  return tools;
}

function numberOrNull(
  text: string,
  label: string,
  errors: string[],
  rules: { min?: number; max?: number; integer?: boolean },
): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    errors.push(`${label} must be a number.`);
    return null;
  }
  if (rules.integer && !Number.isInteger(value)) errors.push(`${label} must be a whole number.`);
  else if (rules.min !== undefined && value < rules.min) errors.push(`${label} must be at least ${rules.min}.`);
  else if (rules.max !== undefined && value > rules.max) errors.push(`${label} must be at most ${rules.max}.`);
  return value;
}

function urlOrNull(text: string, label: string, errors: string[]): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') errors.push(`${label} must start with http:// or https://.`);
  } catch {
    errors.push(`${label} is not a valid URL.`);
  }
  return trimmed;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problem with the tool definitions, or null when they are fine (for inline validation). */
export function toolsProblem(text: string): string | null {
  const tools = parseTools(text);
  return typeof tools === 'string' ? tools : null;
}

/** The problem with an assistant message's tool calls, or null. */
export function toolCallsProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const calls = parseToolCalls(text);
  return typeof calls === 'string' ? calls : null;
}

/**
 * The editor takes either OpenAI's `{name, schema, strict}` wrapper or a bare JSON Schema; the API
 * wants the provider-neutral `{type, name, schema, strict}`.
 */
function jsonSchemaFormat(
  value: Record<string, unknown>,
): { type: 'json_schema'; name: string; schema: unknown; strict?: boolean } {
  if (isRecord(value.schema)) {
    return {
      type: 'json_schema',
      name: typeof value.name === 'string' && value.name ? value.name : 'response',
      schema: value.schema,
      ...(typeof value.strict === 'boolean' ? { strict: value.strict } : {}),
    };
  }
  return { type: 'json_schema', name: 'response', schema: value };
}
