import type {
  ApiType,
  ConnectionField,
  InvocationParameter,
  MessageRole,
  ResponseFormatType,
  TemplateFormat,
} from '../../shared/api';
import { asString, assertNever, isRecord, parseJson } from '../../shared/lang';
import { TEMPLATE_FORMATS } from './templates';

/**
 * What the playground keeps between reloads. It never holds a credential: keys live only in the
 * credential store (shared/credentials).
 */

export type { MessageRole };
export const MESSAGE_ROLES: readonly MessageRole[] = ['system', 'user', 'assistant', 'tool'];
export const ROLE_LABELS: Readonly<Record<MessageRole, string>> = {
  system: 'System',
  user: 'User',
  assistant: 'Assistant',
  tool: 'Tool',
};

export interface MessageDraft {
  readonly id: string;
  readonly role: MessageRole;
  readonly content: string;
  /** Assistant messages: the tool calls it made, as a JSON array of `{ id, name, arguments }`. */
  readonly toolCallsText: string;
  /** Tool messages: the id of the call this answers. */
  readonly toolCallId: string;
}

export type ResponseFormatMode = ResponseFormatType;
export type ToolChoice = 'auto' | 'none' | 'required';

/** The prompt every instance runs: shared, so side-by-side runs compare models on the same input. */
export interface PromptDraft {
  readonly messages: readonly MessageDraft[];
  /** A JSON array of `{ name, description, parameters }`. */
  readonly toolsText: string;
  readonly toolChoice: ToolChoice;
  readonly responseFormat: ResponseFormatMode;
  /** For `json_schema`: `{ name, schema, strict }`. */
  readonly responseSchemaText: string;
}

/**
 * Which model an instance calls. Built-in providers come from `GET /api/v1/providers`; custom
 * providers (a later feature) add the `custom` variant and are invoked with `customProviderId`.
 */
export type ModelRef =
  | { readonly kind: 'builtin'; readonly provider: string; readonly model: string }
  | { readonly kind: 'custom'; readonly customProviderId: string; readonly model: string };

export type ReasoningEffort = '' | 'none' | 'minimal' | 'low' | 'medium' | 'high';
const REASONING_EFFORTS: readonly ReasoningEffort[] = ['', 'none', 'minimal', 'low', 'medium', 'high'];

/**
 * Form values of the contract's invocation parameters, kept as typed so a half-typed number
 * survives a reload; empty means "not set". `stop` holds one stop sequence per line.
 */
export type ParameterDraft = { readonly [P in Exclude<InvocationParameter, 'reasoningEffort'>]: string } & {
  readonly reasoningEffort: ReasoningEffort;
};

/** The contract's connection overrides, as typed; empty means "not set". */
export type ConnectionDraft = { readonly [F in ConnectionField]: string };

/**
 * The saved prompt version an instance was opened from or last saved as, so that Save can add the
 * next version to it. `version` is null for a prompt that had none yet; `tag` when opened by tag.
 */
export interface PromptSource {
  readonly prompt: string;
  readonly version: number | null;
  readonly tag: string | null;
}

export interface InstanceDraft {
  readonly id: string;
  readonly model: ModelRef | null;
  /** Null: the provider's default. */
  readonly apiType: ApiType | null;
  readonly parameters: ParameterDraft;
  readonly connection: ConnectionDraft;
  readonly headersText: string;
  /** How this instance reads variables in the shared messages. */
  readonly templateFormat: TemplateFormat;
  readonly source: PromptSource | null;
}

export interface PlaygroundState {
  readonly prompt: PromptDraft;
  readonly instances: readonly InstanceDraft[];
  /**
   * Values of the messages' template variables, by name. Kept between reloads like the rest, but
   * never saved into a prompt version: a version holds the template, a run fills it in.
   */
  readonly variables: Readonly<Record<string, string>>;
}

export const MAX_INSTANCES = 4;
export const PLAYGROUND_STORAGE_KEY = 'switchboard.playground';
export const PLAYGROUND_STORAGE_VERSION = 1;

let counter = 0;
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export function newMessage(role: MessageRole, content = ''): MessageDraft {
  return { id: newId('msg'), role, content, toolCallsText: '', toolCallId: '' };
}

export const EMPTY_PARAMETERS: ParameterDraft = {
  temperature: '',
  maxTokens: '',
  topP: '',
  stop: '',
  seed: '',
  reasoningEffort: '',
  frequencyPenalty: '',
  presencePenalty: '',
};

export function newInstance(model: ModelRef | null = null): InstanceDraft {
  return {
    id: newId('inst'),
    model,
    apiType: null,
    parameters: EMPTY_PARAMETERS,
    connection: { baseUrl: '', azureEndpoint: '', region: '' },
    headersText: '',
    templateFormat: 'mustache',
    source: null,
  };
}

export function initialPlaygroundState(): PlaygroundState {
  return {
    prompt: {
      messages: [newMessage('system', 'You are a helpful assistant.'), newMessage('user', '')],
      toolsText: '',
      toolChoice: 'auto',
      responseFormat: 'text',
      responseSchemaText: '',
    },
    instances: [newInstance({ kind: 'builtin', provider: 'OPENAI', model: 'gpt-4o-mini' })],
    variables: {},
  };
}

export type PlaygroundAction =
  | { readonly type: 'updatePrompt'; readonly patch: Partial<Omit<PromptDraft, 'messages'>> }
  | { readonly type: 'addMessage'; readonly role: MessageRole }
  | { readonly type: 'updateMessage'; readonly id: string; readonly patch: Partial<Omit<MessageDraft, 'id'>> }
  | { readonly type: 'removeMessage'; readonly id: string }
  | { readonly type: 'moveMessage'; readonly id: string; readonly by: -1 | 1 }
  | { readonly type: 'addInstance' }
  | { readonly type: 'removeInstance'; readonly id: string }
  | { readonly type: 'updateInstance'; readonly id: string; readonly patch: Partial<Omit<InstanceDraft, 'id'>> }
  | { readonly type: 'setVariable'; readonly name: string; readonly value: string }
  /** A saved version opened: its messages, tools and format replace the prompt, its model settings the instance's. */
  | {
      readonly type: 'openVersion';
      readonly instanceId: string;
      readonly prompt: PromptDraft | null;
      readonly patch: Partial<Omit<InstanceDraft, 'id'>>;
    }
  | { readonly type: 'reset' };

export function playgroundReducer(state: PlaygroundState, action: PlaygroundAction): PlaygroundState {
  const withMessages = (messages: readonly MessageDraft[]) => ({ ...state, prompt: { ...state.prompt, messages } });
  const { messages } = state.prompt;
  switch (action.type) {
    case 'updatePrompt':
      return { ...state, prompt: { ...state.prompt, ...action.patch } };
    case 'addMessage':
      return withMessages([...messages, newMessage(action.role)]);
    case 'updateMessage':
      return withMessages(messages.map((m) => (m.id === action.id ? { ...m, ...action.patch } : m)));
    case 'removeMessage':
      return withMessages(messages.filter((m) => m.id !== action.id));
    case 'moveMessage': {
      const from = messages.findIndex((m) => m.id === action.id);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= messages.length) return state;
      const next = [...messages];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return withMessages(next);
    }
    case 'addInstance': {
      if (state.instances.length >= MAX_INSTANCES) return state;
      const last = state.instances[state.instances.length - 1];
      const copy = last ? { ...last, id: newId('inst') } : newInstance();
      return { ...state, instances: [...state.instances, copy] };
    }
    case 'removeInstance':
      return state.instances.length <= 1
        ? state
        : { ...state, instances: state.instances.filter((i) => i.id !== action.id) };
    case 'updateInstance':
      return {
        ...state,
        instances: state.instances.map((i) => (i.id === action.id ? { ...i, ...action.patch } : i)),
      };
    case 'setVariable':
      return { ...state, variables: { ...state.variables, [action.name]: action.value } };
    case 'openVersion':
      return {
        ...playgroundReducer(state, { type: 'updateInstance', id: action.instanceId, patch: action.patch }),
        prompt: action.prompt ?? state.prompt,
      };
    case 'reset':
      return initialPlaygroundState();
    default:
      return assertNever(action);
  }
}

/** The stored document: the state and a version, nothing else. */
export function serializePlaygroundState(state: PlaygroundState): string {
  const { prompt, instances, variables } = state;
  return JSON.stringify({ version: PLAYGROUND_STORAGE_VERSION, prompt, instances, variables });
}

/** Reads a stored document field by field, so a damaged or foreign value falls back to defaults. */
export function deserializePlaygroundState(text: string | null): PlaygroundState {
  const fallback = initialPlaygroundState();
  if (!text) return fallback;
  const raw = parseJson(text);
  if (!isRecord(raw) || raw.version !== PLAYGROUND_STORAGE_VERSION) return fallback;
  const prompt = isRecord(raw.prompt) ? raw.prompt : {};
  const messages = Array.isArray(prompt.messages) ? prompt.messages.filter(isRecord).map(readMessage) : [];
  const instances = Array.isArray(raw.instances)
    ? raw.instances.filter(isRecord).slice(0, MAX_INSTANCES).map(readInstance)
    : [];
  return {
    prompt: {
      messages,
      toolsText: str(prompt.toolsText),
      toolChoice: oneOf(prompt.toolChoice, ['auto', 'none', 'required'] as const, 'auto'),
      responseFormat: oneOf(prompt.responseFormat, ['text', 'json_object', 'json_schema'] as const, 'text'),
      responseSchemaText: str(prompt.responseSchemaText),
    },
    instances: instances.length > 0 ? instances : fallback.instances,
    variables: isRecord(raw.variables)
      ? Object.fromEntries(Object.entries(raw.variables).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])))
      : {},
  };
}

function readMessage(raw: Record<string, unknown>): MessageDraft {
  return {
    id: newId('msg'),
    role: oneOf(raw.role, MESSAGE_ROLES, 'user'),
    content: str(raw.content),
    toolCallsText: str(raw.toolCallsText),
    toolCallId: str(raw.toolCallId),
  };
}

function readInstance(raw: Record<string, unknown>): InstanceDraft {
  const parameters = isRecord(raw.parameters) ? raw.parameters : {};
  const connection = isRecord(raw.connection) ? raw.connection : {};
  return {
    id: newId('inst'),
    model: readModel(raw.model),
    apiType: raw.apiType === 'chat_completions' || raw.apiType === 'responses' ? raw.apiType : null,
    parameters: {
      temperature: str(parameters.temperature),
      maxTokens: str(parameters.maxTokens),
      topP: str(parameters.topP),
      stop: str(parameters.stop),
      seed: str(parameters.seed),
      frequencyPenalty: str(parameters.frequencyPenalty),
      presencePenalty: str(parameters.presencePenalty),
      reasoningEffort: oneOf(parameters.reasoningEffort, REASONING_EFFORTS, ''),
    },
    connection: {
      baseUrl: str(connection.baseUrl),
      azureEndpoint: str(connection.azureEndpoint),
      region: str(connection.region),
    },
    headersText: str(raw.headersText),
    templateFormat: oneOf(raw.templateFormat, TEMPLATE_FORMATS, 'mustache'),
    source: readSource(raw.source),
  };
}

function readSource(raw: unknown): PromptSource | null {
  if (!isRecord(raw) || typeof raw.prompt !== 'string') return null;
  return {
    prompt: raw.prompt,
    version: Number.isInteger(raw.version) ? (raw.version as number) : null,
    tag: typeof raw.tag === 'string' ? raw.tag : null,
  };
}

function readModel(raw: unknown): ModelRef | null {
  if (!isRecord(raw) || typeof raw.model !== 'string') return null;
  if (raw.kind === 'builtin' && typeof raw.provider === 'string') {
    return { kind: 'builtin', provider: raw.provider, model: raw.model };
  }
  if (raw.kind === 'custom' && typeof raw.customProviderId === 'string') {
    return { kind: 'custom', customProviderId: raw.customProviderId, model: raw.model };
  }
  return null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function str(value: unknown): string {
  return asString(value) ?? '';
}
