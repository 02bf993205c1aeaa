import type {
  ProblemDetails,
  InvocationConnection,
  InvocationMessage,
  InvocationParameter,
  InvocationParameters,
  InvocationRequest,
  InvocationTool,
  InvocationToolCall,
  ResponseFormat,
} from '../../shared/api';
import { isRecord, parseJson } from '../../shared/lang';
import { httpUrlProblem } from '../../shared/validation/httpUrl';
import { validateCustomHeaders } from '../../shared/headers/customHeaders';
import type { ConnectionDraft, InstanceDraft, ParameterDraft, PromptDraft } from './playgroundState';
import { capabilitiesOf, type Capabilities, type CapabilitySource } from './providerCapabilities';

export type BuildResult =
  | { readonly ok: true; readonly request: InvocationRequest }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface BuildContext {
  /** What the invoked provider (built-in or custom) supports; null when the server has not described it. */
  readonly capabilities: CapabilitySource | null;
  /** The browser-held values of one provider. */
  readonly credentialsFor: (provider: string) => Record<string, string>;
}

/**
 * Builds the request for one instance, or says what is wrong with the form. Only the parameters and
 * connection overrides the provider supports are checked and sent; a value left over from another
 * provider stays in the form but not in the request. Only the invoked provider's browser-held
 * credentials are sent, and none for a custom provider, which carries its own. Members left unset
 * are left out.
 */
export function buildInvocationRequest(
  prompt: PromptDraft,
  instance: InstanceDraft,
  { capabilities, credentialsFor }: BuildContext,
): BuildResult {
  const errors: string[] = [];
  const supports = capabilitiesOf(capabilities, instance.apiType);
  const model = instance.model;
  if (!model || model.model.trim() === '') errors.push('Choose a model.');

  const messages: InvocationMessage[] = [];
  prompt.messages.forEach((message, index) => {
    const label = `Message ${index + 1} (${message.role})`;
    if (message.role === 'assistant' && message.toolCallsText.trim() !== '') {
      const toolCalls = parseToolCalls(message.toolCallsText);
      if (typeof toolCalls === 'string') errors.push(`${label}: ${toolCalls}`);
      else messages.push({ role: 'assistant', content: message.content === '' ? undefined : message.content, toolCalls });
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

  let responseFormat: ResponseFormat | undefined;
  if (prompt.responseFormat === 'json_object') responseFormat = { type: 'json_object' };
  if (prompt.responseFormat === 'json_schema') {
    const schema = parseJson(prompt.responseSchemaText);
    if (!isRecord(schema)) errors.push('Response format: the JSON schema must be a JSON object.');
    else responseFormat = jsonSchemaFormat(schema);
  }

  const parameters = readParameters(instance.parameters, supports, errors);

  const headers = validateCustomHeaders(instance.headersText);
  if (!headers.ok) errors.push(...headers.errors.map((error) => `Custom headers: ${error}`));

  const connection = readConnection(instance.connection, supports.connection, errors);

  if (errors.length > 0 || !model || typeof tools === 'string' || !headers.ok) return { ok: false, errors };

  // A custom provider brings its own routing and keys: the server refuses `connection` and
  // `credentials` beside `customProviderId`, so the request has neither member.
  const target =
    model.kind === 'builtin'
      ? { provider: model.provider, connection, credentials: credentialsFor(model.provider) }
      : { customProviderId: model.customProviderId };
  return {
    ok: true,
    request: {
      ...target,
      model: model.model.trim(),
      apiType: instance.apiType ?? undefined,
      messages,
      tools,
      toolChoice: tools.length > 0 ? prompt.toolChoice : undefined,
      responseFormat,
      parameters,
      headers: headers.headers,
    },
  };
}

function readParameters(
  draft: ParameterDraft,
  supports: Capabilities,
  errors: string[],
): InvocationParameters {
  const sends = (name: InvocationParameter) => supports.parameters.has(name);
  const stop = draft.stop
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    temperature: sends('temperature') ? optionalNumber(draft.temperature, 'Temperature', errors, { min: 0, max: supports.maxTemperature }) : undefined,
    maxTokens: sends('maxTokens') ? optionalNumber(draft.maxTokens, 'Max tokens', errors, { min: 1, integer: true }) : undefined,
    topP: sends('topP') ? optionalNumber(draft.topP, 'Top P', errors, { min: 0, max: 1 }) : undefined,
    stop: sends('stop') && stop.length > 0 ? stop : undefined,
    seed: sends('seed') ? optionalNumber(draft.seed, 'Seed', errors, { integer: true }) : undefined,
    reasoningEffort: sends('reasoningEffort') && draft.reasoningEffort !== '' ? draft.reasoningEffort : undefined,
    frequencyPenalty: sends('frequencyPenalty')
      ? optionalNumber(draft.frequencyPenalty, 'Frequency penalty', errors, { min: -2, max: 2 })
      : undefined,
    presencePenalty: sends('presencePenalty')
      ? optionalNumber(draft.presencePenalty, 'Presence penalty', errors, { min: -2, max: 2 })
      : undefined,
  };
}

function readConnection(
  draft: ConnectionDraft,
  supported: Capabilities['connection'],
  errors: string[],
): InvocationConnection {
  return {
    baseUrl: supported.has('baseUrl') ? optionalUrl(draft.baseUrl, 'Base URL', errors) : undefined,
    azureEndpoint: supported.has('azureEndpoint') ? optionalUrl(draft.azureEndpoint, 'Azure endpoint', errors) : undefined,
    region: supported.has('region') ? draft.region.trim() || undefined : undefined,
  };
}

function parseToolCalls(text: string): InvocationToolCall[] | string {
  const parsed = parseJson(text);
  const list = isRecord(parsed) ? [parsed] : parsed;
  if (!Array.isArray(list)) return 'tool calls must be a JSON array of { "id", "name", "arguments" }.';
  const calls = [];
  for (const call of list) {
    if (!isRecord(call) || typeof call.id !== 'string' || typeof call.name !== 'string') {
      return 'every tool call needs a string "id" and "name".';
    }
    const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {});
    // Gemini's signature of a call goes back as it came, so that Gemini 3 accepts the replayed turn.
    const signature = typeof call.thoughtSignature === 'string' && call.thoughtSignature !== '' ? call.thoughtSignature : null;
    calls.push({ id: call.id, name: call.name, arguments: args, ...(signature ? { thoughtSignature: signature } : {}) });
  }
  return calls;
}

function parseTools(text: string): InvocationTool[] | string {
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

function optionalNumber(
  text: string,
  label: string,
  errors: string[],
  rules: { min?: number; max?: number; integer?: boolean },
): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    errors.push(`${label} must be a number.`);
    return undefined;
  }
  if (rules.integer && !Number.isInteger(value)) errors.push(`${label} must be a whole number.`);
  else if (rules.min !== undefined && value < rules.min) errors.push(`${label} must be at least ${rules.min}.`);
  else if (rules.max !== undefined && value > rules.max) errors.push(`${label} must be at most ${rules.max}.`);
  return value;
}

function optionalUrl(text: string, label: string, errors: string[]): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const problem = httpUrlProblem(trimmed, label);
  if (problem) errors.push(problem);
  return trimmed;
}

/** Form errors found before anything was sent, shown the way a server's field errors are. */
export function formProblem(errors: readonly string[], detail = 'Nothing was sent. Fix these first:'): ProblemDetails {
  return {
    type: 'urn:switchboard:problem:form',
    title: 'Check the playground form',
    status: 0,
    detail,
    extensions: { errors: errors.map((message) => ({ message })) },
  };
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
function jsonSchemaFormat(value: Record<string, unknown>): ResponseFormat {
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
