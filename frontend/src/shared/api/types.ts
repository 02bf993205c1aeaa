/**
 * The API's types, named after the contract's schemas (openapi.yaml, generated into
 * schema.gen.ts). Import them from here rather than writing them again.
 */
import type { components } from './schema.gen';

type Schemas = components['schemas'];

/**
 * The contract lists no response member as required (SmallRye marks only validated fields), yet
 * the server always sends these; this makes them required for the SPA. It names existing members
 * only, so a renamed member still fails to compile.
 */
type Sent<T, K extends keyof T> = T & { readonly [P in K]-?: NonNullable<T[P]> };

export type ApiType = Schemas['ApiType'];
export type Sdk = Schemas['Sdk'];
export type CredentialSource = Schemas['CredentialSource'];
export type InvocationParameter = Schemas['InvocationParameter'];
export type ConnectionField = Schemas['ConnectionField'];

/** `kind` is `key` (secret material), `endpoint` or `setting`. */
export type ProviderCredential = Sent<Schemas['ProviderCredential'], 'name' | 'required' | 'sources'>;

/**
 * A built-in provider, as `GET /api/v1/providers` lists it. `parameters` and `connection` say
 * which controls a request for it may set; an older server may not send them.
 */
export type Provider = Sent<
  Omit<Schemas['Provider'], 'credentials'>,
  'key' | 'name' | 'sdk' | 'apiTypes' | 'credentialsSet' | 'models'
> & { readonly credentials: readonly ProviderCredential[] };

export type SecretSummary = Schemas['SecretSummary'];
export type SecretBatchEntry = Schemas['SecretBatchEntry'];
export type SecretBatchResult = Schemas['SecretBatchResult'];

/** The body of `POST /api/v1/invocations`. */
export type InvocationRequest = Schemas['InvocationRequest'];
export type InvocationMessage = Schemas['Message'];
export type MessageRole = Schemas['Role'];
export type InvocationTool = Schemas['Tool'];
export type InvocationToolCall = Schemas['ToolCall'];
export type InvocationParameters = Schemas['Parameters'];
export type InvocationConnection = Schemas['Connection'];
export type ResponseFormat = Schemas['ResponseFormat'];
export type ResponseFormatType = Schemas['FormatType'];
export type Usage = Schemas['Usage'];

/** The problem+json body as the server sends it; the SPA reads it into `ProblemDetails`. */
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];

/** How a custom provider authenticates. */
export type CustomProviderAuthType = Schemas['CustomProvider']['authType'];

/** A saved custom provider, never with a secret value (`secretsSet` holds hints, null for short values). */
export type CustomProvider = Schemas['CustomProvider'];
/** The body of a create, and of a test before saving; secret fields are write-only. */
export type CustomProviderInput = Schemas['CustomProviderInput'];
export type CustomProviderConfigInput = Schemas['CustomProviderConfigInput'];
export type CustomProviderPatch = Schemas['CustomProviderPatch'];
export type ConnectionTestResult = Schemas['ConnectionTestResult'];

/** A saved prompt as lists and pages show it: its latest version number (null before the first) and its tags. */
export type Prompt = Schemas['Prompt'];
export type PromptInput = Schemas['PromptInput'];
export type PromptList = Schemas['PromptList'];
/** The body of a new version: an invocation without credentials or connection, plus a description and template format. */
export type PromptVersionInput = Schemas['PromptVersionInput'];
/** A saved version; it never changes. */
export type PromptVersion = Schemas['PromptVersion'];
export type PromptTag = Schemas['PromptTag'];
/** One move of a tag: `version` null when it was deleted, `previousVersion` null when it was created. */
export type PromptTagHistoryEntry = Schemas['PromptTagHistoryEntry'];
/** How a version's messages name their variables. */
export type TemplateFormat = NonNullable<PromptVersionInput['templateFormat']>;
