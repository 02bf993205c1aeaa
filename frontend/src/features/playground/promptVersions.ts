import type { PromptVersion, PromptVersionInput } from '../../shared/api';
import { buildInvocationRequest, type BuildContext } from './invocationRequest';
import {
  EMPTY_PARAMETERS,
  newId,
  type InstanceDraft,
  type MessageDraft,
  type ModelRef,
  type ParameterDraft,
  type PromptDraft,
  type ReasoningEffort,
  type ToolChoice,
} from './playgroundState';

export type VersionBodyResult =
  | { readonly ok: true; readonly body: PromptVersionInput }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The body of a new prompt version: the instance's invocation as a run would send it, with the
 * messages as templates (variables not filled in) and neither credentials nor connection overrides,
 * which belong to this browser and are refused by the server in a version.
 */
export function versionBody(
  prompt: PromptDraft,
  instance: InstanceDraft,
  capabilities: BuildContext['capabilities'],
  description: string,
): VersionBodyResult {
  const built = buildInvocationRequest(prompt, instance, { capabilities, credentialsFor: () => ({}) });
  if (!built.ok) return built;
  const { credentials: _credentials, connection: _connection, ...invocation } = built.request;
  const trimmed = description.trim();
  return {
    ok: true,
    body: {
      ...invocation,
      // The invocation types apiType as any string; the same value, typed as the version's enum.
      apiType: instance.apiType ?? undefined,
      templateFormat: instance.templateFormat,
      ...(trimmed ? { description: trimmed } : {}),
    },
  };
}

export interface OpenedVersion {
  /** The messages, tools and response format every instance shares. */
  readonly prompt: PromptDraft;
  /** The opened instance's model, parameters, headers, template format and where it came from. */
  readonly patch: Partial<Omit<InstanceDraft, 'id'>>;
  /** What of the version the playground could not take over as it is. */
  readonly notes: readonly string[];
}

const TOOL_CHOICES: readonly ToolChoice[] = ['auto', 'none', 'required'];

/** A saved version as playground drafts, the inverse of {@link versionBody}; `tag` when opened by tag. */
export function openedVersion(version: PromptVersion, tag: string | null): OpenedVersion {
  const notes: string[] = [];
  if (version.customProviderDeleted) {
    const name = version.customProviderName ? ` ${version.customProviderName}` : '';
    notes.push(`The custom provider${name} of this version was deleted: choose another model to run it.`);
  }
  const toolChoice = readToolChoice(version.toolChoice);
  if (toolChoice === null) {
    notes.push(`The version's tool choice ${JSON.stringify(version.toolChoice)} is not offered here: the playground uses "required".`);
  }
  const format = version.responseFormat ?? null;
  return {
    prompt: {
      messages: version.messages.map(
        (message): MessageDraft => ({
          id: newId('msg'),
          role: message.role,
          content: message.content ?? '',
          toolCallsText: message.toolCalls && message.toolCalls.length > 0 ? pretty(message.toolCalls) : '',
          toolCallId: message.toolCallId ?? '',
        }),
      ),
      toolsText: version.tools.length > 0 ? pretty(version.tools) : '',
      toolChoice: toolChoice ?? 'required',
      responseFormat: format?.type ?? 'text',
      responseSchemaText:
        format?.type === 'json_schema'
          ? pretty({ name: format.name, ...(format.strict !== undefined ? { strict: format.strict } : {}), schema: format.schema })
          : '',
    },
    patch: {
      model: modelOf(version),
      apiType: version.apiType === 'chat_completions' || version.apiType === 'responses' ? version.apiType : null,
      parameters: parameterDraft(version.parameters),
      headersText: Object.keys(version.headers).length > 0 ? pretty(version.headers) : '',
      templateFormat: version.templateFormat,
      source: { prompt: version.prompt, version: version.number, tag },
    },
    notes,
  };
}

function modelOf(version: PromptVersion): ModelRef | null {
  if (version.provider) return { kind: 'builtin', provider: version.provider, model: version.model };
  if (version.customProviderId) return { kind: 'custom', customProviderId: version.customProviderId, model: version.model };
  return null;
}

/** "auto", "none" or "required"; null for one the playground does not offer (a named tool); absent is "auto". */
function readToolChoice(value: unknown): ToolChoice | null {
  if (value === undefined || value === null) return 'auto';
  return TOOL_CHOICES.find((choice) => choice === value) ?? null;
}

/** The server sends every parameter, unset ones as null, although the contract types them as absent. */
function parameterDraft(parameters: PromptVersion['parameters']): ParameterDraft {
  const text = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    ...EMPTY_PARAMETERS,
    temperature: text(parameters.temperature),
    maxTokens: text(parameters.maxTokens),
    topP: text(parameters.topP),
    stop: (parameters.stop ?? []).join('\n'),
    seed: text(parameters.seed),
    reasoningEffort: (parameters.reasoningEffort ?? '') as ReasoningEffort,
    frequencyPenalty: text(parameters.frequencyPenalty),
    presencePenalty: text(parameters.presencePenalty),
  };
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
