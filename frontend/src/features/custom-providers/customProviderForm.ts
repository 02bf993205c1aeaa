/**
 * The create/edit form of a custom provider as plain data: which fields each sdk and auth type
 * has, the rules for keeping stored secrets, the checks made before sending, and the request
 * bodies (create, test before saving, PATCH). The dialog only renders what this module says.
 */
import type {
  ApiType,
  CustomProvider,
  CustomProviderAuthType,
  CustomProviderConfigInput,
  CustomProviderInput,
  CustomProviderPatch,
  ProblemDetails,
  Sdk,
} from '../../shared/api';
import { validateCustomHeaders } from '../../shared/headers/customHeaders';
import { isRecord } from '../../shared/lang';
import { httpUrlProblem } from '../../shared/validation/httpUrl';

export type AuthType = CustomProviderAuthType;

export const SDKS: readonly Sdk[] = ['openai', 'azure_openai', 'anthropic', 'google_genai', 'aws_bedrock'];

/** The auth types each sdk takes, the first being the default. */
export const AUTH_TYPES: Readonly<Record<Sdk, readonly AuthType[]>> = {
  openai: ['api_key'],
  azure_openai: ['api_key', 'azure_ad_client_secret', 'default_credentials'],
  anthropic: ['api_key'],
  google_genai: ['api_key'],
  aws_bedrock: ['access_keys', 'bearer_token', 'api_key', 'default_credentials'],
};

/** The sdks whose config has an `apiType`. */
export const API_TYPE_SDKS: ReadonlySet<Sdk> = new Set(['openai', 'azure_openai']);
/** Custom providers default to the Responses API (built-in providers to Chat Completions). */
export const DEFAULT_API_TYPE: ApiType = 'responses';

export type SecretField = 'apiKey' | 'clientSecret' | 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'token';
type AuthTextField = 'tenantId' | 'clientId' | 'authorityHost' | 'scope';
type RoutingField = 'baseUrl' | 'azureEndpoint' | 'apiVersion' | 'region' | 'endpointUrl';
export type ValueField = SecretField | AuthTextField | RoutingField;

export interface FieldSpec {
  readonly name: ValueField;
  readonly label: string;
  readonly required: boolean;
  readonly secret: boolean;
  /** Checked as an http(s) URL. */
  readonly url: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
}

const field = (name: ValueField, label: string, extra: Partial<Omit<FieldSpec, 'name' | 'label'>> = {}): FieldSpec => ({
  name,
  label,
  required: true,
  secret: false,
  url: false,
  ...extra,
});

const baseUrl = (publicApi: string) =>
  field('baseUrl', 'Base URL', { required: false, url: true, placeholder: `the public API, ${publicApi}` });

/** Where requests go, per sdk. */
export const ROUTING_FIELDS: Readonly<Record<Sdk, readonly FieldSpec[]>> = {
  openai: [baseUrl('https://api.openai.com/v1')],
  azure_openai: [
    field('azureEndpoint', 'Azure endpoint', { url: true, placeholder: 'https://my-resource.openai.azure.com' }),
    field('apiVersion', 'API version', { required: false, placeholder: '2025-04-01-preview' }),
  ],
  anthropic: [baseUrl('https://api.anthropic.com')],
  google_genai: [baseUrl('https://generativelanguage.googleapis.com')],
  aws_bedrock: [
    field('region', 'AWS region', { placeholder: 'us-east-1' }),
    field('endpointUrl', 'Endpoint URL', {
      required: false,
      url: true,
      placeholder: 'https://bedrock-runtime.{region}.amazonaws.com',
    }),
  ],
};

/** The fields of each auth type; the secret ones are never sent back by the server. */
export const AUTH_FIELDS: Readonly<Record<AuthType, readonly FieldSpec[]>> = {
  api_key: [field('apiKey', 'API key', { secret: true })],
  azure_ad_client_secret: [
    field('tenantId', 'Tenant ID'),
    field('clientId', 'Client ID'),
    field('clientSecret', 'Client secret', { secret: true }),
    field('authorityHost', 'Authority host', {
      required: false,
      url: true,
      placeholder: 'https://login.microsoftonline.com',
    }),
    field('scope', 'Scope', { required: false, placeholder: 'https://cognitiveservices.azure.com/.default' }),
  ],
  default_credentials: [],
  access_keys: [
    field('accessKeyId', 'Access key ID', { secret: true }),
    field('secretAccessKey', 'Secret access key', { secret: true }),
    field('sessionToken', 'Session token', { secret: true, required: false }),
  ],
  bearer_token: [field('token', 'Bearer token', { secret: true })],
};

/**
 * The URLs that decide where a stored secret is sent (the Entra ID authority receives the client
 * secret): changing one needs the secrets again, as the server requires.
 */
const URL_FIELDS: readonly ValueField[] = ['baseUrl', 'azureEndpoint', 'endpointUrl', 'authorityHost'];

export interface CustomProviderDraft {
  readonly name: string;
  readonly description: string;
  /** The free-text label shown in the UI, e.g. "OpenAI via proxy". */
  readonly provider: string;
  readonly sdk: Sdk;
  readonly authType: AuthType;
  /** Every auth and routing value as typed; secret fields start empty ("keep the stored one"). */
  readonly values: Readonly<Partial<Record<ValueField, string>>>;
  readonly headersText: string;
  readonly apiType: ApiType;
}

/** The fields the form shows and validates. */
export type FormField = 'name' | 'description' | 'provider' | 'sdk' | 'authType' | 'headers' | 'apiType' | ValueField;
export type FieldErrors = Readonly<Partial<Record<FormField, readonly string[]>>>;

export function newDraft(): CustomProviderDraft {
  return {
    name: '',
    description: '',
    provider: '',
    sdk: 'openai',
    authType: 'api_key',
    values: {},
    headersText: '',
    apiType: DEFAULT_API_TYPE,
  };
}

/** The form for a saved provider: its non-secret values; secrets left empty, to keep. */
export function draftOf(saved: CustomProvider): CustomProviderDraft {
  const { auth, headers, apiType, ...routing } = saved.config;
  const shown: Readonly<Record<string, unknown>> = { ...routing, ...auth };
  const values: Partial<Record<ValueField, string>> = {};
  for (const spec of fieldsOf(saved)) {
    const value = shown[spec.name];
    if (!spec.secret && typeof value === 'string') values[spec.name] = value;
  }
  return {
    name: saved.name,
    description: saved.description ?? '',
    provider: saved.provider ?? '',
    sdk: saved.sdk,
    authType: saved.authType,
    values,
    headersText: headers && Object.keys(headers).length > 0 ? JSON.stringify(headers, null, 2) : '',
    apiType: apiType === 'chat_completions' ? 'chat_completions' : DEFAULT_API_TYPE,
  };
}

/** The draft with another sdk: its auth type kept where the new sdk takes it. */
export function withSdk(draft: CustomProviderDraft, sdk: Sdk): CustomProviderDraft {
  const authType = AUTH_TYPES[sdk].includes(draft.authType) ? draft.authType : AUTH_TYPES[sdk][0]!;
  return { ...draft, sdk, authType };
}

/** The sdks a provider may be given: any when new; once saved only OpenAI ↔ Azure OpenAI (the server's rule). */
export function sdkChoices(saved: CustomProvider | null): readonly Sdk[] {
  if (!saved) return SDKS;
  return API_TYPE_SDKS.has(saved.sdk) ? ['openai', 'azure_openai'] : [saved.sdk];
}

export function fieldsOf(draft: Pick<CustomProviderDraft, 'sdk' | 'authType'>): readonly FieldSpec[] {
  return [...ROUTING_FIELDS[draft.sdk], ...AUTH_FIELDS[draft.authType]];
}

/** Why the stored secrets cannot be kept: the server refuses to keep them in these cases. */
export type ReentryReason = 'unreadable' | 'sdk' | 'url';

export const REENTRY_MESSAGES: Readonly<Record<ReentryReason, string>> = {
  unreadable:
    'The server can no longer decrypt the stored secrets: the server secret changed. Enter every secret again, or delete this provider.',
  sdk: 'Changing the SDK needs the secrets entered again.',
  url: 'You changed where requests go, so enter the secret again: a stored secret is never sent to a new address.',
};

const trimmed = (draft: CustomProviderDraft, name: ValueField) => (draft.values[name] ?? '').trim();

export function reentryReason(draft: CustomProviderDraft, saved: CustomProvider | null): ReentryReason | null {
  if (!saved) return null;
  if (saved.status === 'unreadable') return 'unreadable';
  if (draft.sdk !== saved.sdk) return 'sdk';
  const savedValues = draftOf(saved).values;
  const moved = URL_FIELDS.some((name) => trimmed(draft, name) !== (savedValues[name] ?? '').trim());
  return moved ? 'url' : null;
}

/**
 * The stored secrets that an empty input keeps, each with its last-four hint (null for a short
 * value). None when new, when the auth type changed, or when they must be entered again.
 */
export function keptSecrets(draft: CustomProviderDraft, saved: CustomProvider | null): ReadonlyMap<SecretField, string | null> {
  const kept = new Map<SecretField, string | null>();
  if (!saved || saved.authType !== draft.authType || reentryReason(draft, saved) !== null) return kept;
  for (const spec of AUTH_FIELDS[draft.authType]) {
    if (spec.secret && Object.hasOwn(saved.secretsSet, spec.name)) {
      kept.set(spec.name as SecretField, saved.secretsSet[spec.name] ?? null);
    }
  }
  return kept;
}

/** The placeholder of a secret input: the stored value's hint, when an empty input keeps it. */
export function secretPlaceholder(hint: string | null | undefined): string {
  return hint ? `…${hint.replace(/^…/, '')} — leave empty to keep` : 'stored — leave empty to keep';
}

/**
 * What is wrong with the form, by field, before anything is sent. `builtinKeys` are the built-in
 * provider keys a name may not take; `forTest` leaves the name out (a test needs none).
 */
export function validateDraft(
  draft: CustomProviderDraft,
  saved: CustomProvider | null,
  { builtinKeys = [], forTest = false }: { builtinKeys?: readonly string[]; forTest?: boolean } = {},
): FieldErrors {
  const errors: Partial<Record<FormField, readonly string[]>> = {};
  const name = draft.name.trim();
  if (!forTest) {
    if (name === '') errors.name = ['Give the provider a name.'];
    else if (name.length > 64) errors.name = ['A name has at most 64 characters.'];
    else if (name.includes('/')) errors.name = ['A name may not contain "/".'];
    else if (builtinKeys.some((key) => key.toLowerCase() === name.toLowerCase())) {
      errors.name = [`${name} is a built-in provider; choose another name.`];
    }
  }
  const kept = keptSecrets(draft, saved);
  for (const spec of fieldsOf(draft)) {
    const value = trimmed(draft, spec.name);
    if (value === '') {
      if (spec.required && !kept.has(spec.name as SecretField)) errors[spec.name] = [`${spec.label} is required.`];
      continue;
    }
    const problem = spec.url ? httpUrlProblem(value, spec.label) : null;
    if (problem) errors[spec.name] = [problem];
  }
  const headers = validateCustomHeaders(draft.headersText);
  if (!headers.ok) errors.headers = headers.errors;
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((list) => list !== undefined && list.length > 0);
}

/** The config as the server takes it; secret inputs left empty are left out (kept when editing). */
export function configOf(draft: CustomProviderDraft): CustomProviderConfigInput {
  const auth: Record<string, string> = { type: draft.authType };
  for (const spec of AUTH_FIELDS[draft.authType]) {
    const value = trimmed(draft, spec.name);
    if (value !== '') auth[spec.name] = value;
  }
  const routing: Record<string, string> = {};
  for (const spec of ROUTING_FIELDS[draft.sdk]) {
    const value = trimmed(draft, spec.name);
    if (value !== '') routing[spec.name] = value;
  }
  const headers = validateCustomHeaders(draft.headersText);
  return {
    auth: auth as unknown as CustomProviderConfigInput['auth'],
    ...routing,
    headers: headers.ok ? headers.headers : {},
    ...(API_TYPE_SDKS.has(draft.sdk) ? { apiType: draft.apiType } : {}),
  };
}

/** The body of a create, or of a test before saving. */
export function inputOf(draft: CustomProviderDraft): CustomProviderInput {
  const description = draft.description.trim();
  const provider = draft.provider.trim();
  return {
    name: draft.name.trim(),
    ...(description ? { description } : {}),
    ...(provider ? { provider } : {}),
    sdk: draft.sdk,
    config: configOf(draft),
  };
}

function enteredSecret(draft: CustomProviderDraft): boolean {
  return AUTH_FIELDS[draft.authType].some((spec) => spec.secret && trimmed(draft, spec.name) !== '');
}

/** Whether the config differs from the saved one (a secret typed in counts as a change). */
function configChanged(draft: CustomProviderDraft, saved: CustomProvider): boolean {
  return (
    enteredSecret(draft) ||
    draft.sdk !== saved.sdk ||
    JSON.stringify(configOf(draft)) !== JSON.stringify(configOf(draftOf(saved)))
  );
}

/** The PATCH body: only what changed; `config`, when sent, complete but for the secrets kept. */
export function patchOf(draft: CustomProviderDraft, saved: CustomProvider): CustomProviderPatch {
  const patch: { -readonly [K in keyof CustomProviderPatch]: CustomProviderPatch[K] } = {};
  const name = draft.name.trim();
  if (name !== saved.name) patch.name = name;
  const description = draft.description.trim();
  if (description !== (saved.description ?? '')) patch.description = description;
  const provider = draft.provider.trim();
  if (provider !== (saved.provider ?? '')) patch.provider = provider;
  if (draft.sdk !== saved.sdk) patch.sdk = draft.sdk;
  if (configChanged(draft, saved)) patch.config = configOf(draft);
  return patch;
}

export type ConnectionTest =
  | { readonly kind: 'saved'; readonly id: string }
  | { readonly kind: 'input'; readonly input: CustomProviderInput }
  | { readonly kind: 'blocked'; readonly reason: string };

/**
 * How Test connection checks the form: a new provider, or changed settings with every secret
 * typed in, are sent as they are; a saved provider whose config is unchanged is tested with its
 * stored secrets. Changed settings that rely on a stored secret cannot be tested before saving.
 */
export function connectionTestOf(draft: CustomProviderDraft, saved: CustomProvider | null): ConnectionTest {
  const unreadable = saved?.status === 'unreadable';
  if (saved && !unreadable && !configChanged(draft, saved)) return { kind: 'saved', id: saved.id };
  const needsStored = AUTH_FIELDS[draft.authType].some(
    (spec) => spec.secret && spec.required && trimmed(draft, spec.name) === '',
  );
  if (saved && needsStored) {
    return {
      kind: 'blocked',
      reason: unreadable
        ? 'To test, enter the secrets again: the stored ones cannot be read.'
        : 'To test these changes before saving, enter the secret again; or save, then test.',
    };
  }
  return { kind: 'input', input: inputOf(draft) };
}

/** Each field's label, to say which field a server message (a phrase such as "must be given") is about. */
const FIELD_LABELS: ReadonlyMap<string, string> = new Map<string, string>([
  ['name', 'Name'],
  ['description', 'Description'],
  ['provider', 'Provider label'],
  ['sdk', 'SDK'],
  ['authType', 'Authentication'],
  ['apiType', 'API type'],
  ['headers', 'Headers'],
  ...[...Object.values(ROUTING_FIELDS), ...Object.values(AUTH_FIELDS)].flat().map((spec) => [spec.name, spec.label] as const),
]);

/** The form field a server error path names (`config.auth.apiKey`, `config.headers.X-Team`, `name`), if any. */
export function formFieldOf(path: string): FormField | null {
  const inConfig = path.replace(/^config\./, '');
  if (/^headers\b/.test(inConfig)) return 'headers';
  if (inConfig === 'auth' || inConfig === 'auth.type') return 'authType';
  const name = inConfig.replace(/^auth\./, '');
  return FIELD_LABELS.has(name) ? (name as FormField) : null;
}

/**
 * A 422's `errors[]` (and a 409's duplicate name) put beside their fields; what names no field
 * stays in `rest`, for the form's own message.
 */
export function serverFieldErrors(problem: ProblemDetails): { fields: FieldErrors; rest: readonly string[] } {
  const fields: Partial<Record<FormField, string[]>> = {};
  const rest: string[] = [];
  if (problem.status === 409) {
    return { fields: { name: [problem.detail ?? 'A provider with this name exists already.'] }, rest };
  }
  const errors = Array.isArray(problem.extensions.errors) ? problem.extensions.errors.filter(isRecord) : [];
  for (const error of errors) {
    const message = typeof error.message === 'string' ? error.message : 'is invalid';
    const path = typeof error.field === 'string' ? error.field : '';
    const target = formFieldOf(path);
    if (!target) {
      rest.push(path ? `${path} ${message}` : message);
      continue;
    }
    // The server's messages follow the field's name: "must be given", or for a header "cannot be set".
    const header = /^(?:config\.)?headers\.(.+)$/.exec(path)?.[1];
    (fields[target] ??= []).push(`${header ?? FIELD_LABELS.get(target)} ${message}`);
  }
  return { fields, rest };
}
