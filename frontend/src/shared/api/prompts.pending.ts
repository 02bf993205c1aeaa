/**
 * TEMPORARY: the saved prompts contract (/work/notes/prompt-contract.md) written by hand until the
 * backend's openapi.yaml has it. Deleted once `npm run api:types` generates these.
 */
import type {
  InvocationMessage,
  InvocationParameters,
  InvocationTool,
  ResponseFormat,
} from './types';

export type TemplateFormat = 'mustache' | 'f_string' | 'none';

export interface PromptVersionInput {
  readonly description?: string;
  readonly templateFormat?: TemplateFormat;
  readonly provider?: string;
  readonly customProviderId?: string;
  readonly model: string;
  readonly apiType?: string | null;
  readonly messages: readonly InvocationMessage[];
  readonly tools?: readonly InvocationTool[];
  readonly toolChoice?: unknown;
  readonly responseFormat?: ResponseFormat | null;
  readonly parameters?: InvocationParameters;
  readonly headers?: { readonly [name: string]: string };
}

export interface PromptTagRef {
  readonly name: string;
  readonly version: number;
}

export interface Prompt {
  readonly id: string;
  readonly name: string;
  readonly description?: string | null;
  readonly latestVersion: number | null;
  readonly tags: readonly PromptTagRef[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PromptPage {
  readonly items: readonly Prompt[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface PromptVersion {
  readonly prompt: string;
  readonly number: number;
  readonly description?: string | null;
  readonly templateFormat: TemplateFormat;
  readonly variables: readonly string[];
  readonly provider: string | null;
  readonly customProviderId: string | null;
  readonly customProviderName: string | null;
  readonly customProviderDeleted: boolean;
  readonly model: string;
  readonly apiType: string | null;
  readonly messages: readonly InvocationMessage[];
  readonly tools: readonly InvocationTool[];
  readonly toolChoice?: unknown;
  readonly responseFormat?: ResponseFormat | null;
  readonly parameters: InvocationParameters;
  readonly headers: { readonly [name: string]: string };
  readonly tags: readonly string[];
  readonly createdAt: string;
}

export interface PromptTag {
  readonly name: string;
  readonly version: number;
  readonly updatedAt: string;
}

export interface PromptTagMove {
  readonly version: number | null;
  readonly previousVersion: number | null;
  readonly movedAt: string;
}

export interface PromptInput {
  readonly name: string;
  readonly description?: string;
  readonly version?: PromptVersionInput;
}

type Json<T> = { readonly content: { readonly 'application/json': T } };
type Params<Path = never, Query = never> = { readonly path: Path; readonly query?: Query };
type NoParams = { readonly query?: never; readonly path?: never };

type Op<Response, Body = never, P = NoParams, Status extends number = 200> = {
  readonly parameters: P;
  readonly requestBody?: [Body] extends [never] ? never : Json<Body>;
  readonly responses: { readonly [S in Status]: [Response] extends [undefined] ? object : Json<Response> };
};

type Name = { readonly name: string };
type NameTag = { readonly name: string; readonly tag: string };

/** The prompt paths in the shape openapi-typescript gives them. */
export interface PendingPromptPaths {
  readonly '/api/v1/prompts': {
    readonly get: Op<
      PromptPage,
      never,
      { readonly path?: never; readonly query?: { readonly search?: string; readonly limit?: number; readonly offset?: number } }
    >;
    readonly post: Op<Prompt, PromptInput, NoParams, 201>;
  };
  readonly '/api/v1/prompts/{name}': {
    readonly get: Op<Prompt, never, Params<Name>>;
    readonly patch: Op<Prompt, { readonly name?: string; readonly description?: string }, Params<Name>>;
    readonly delete: Op<undefined, never, Params<Name>, 204>;
  };
  readonly '/api/v1/prompts/{name}/versions': {
    readonly get: Op<readonly PromptVersion[], never, Params<Name>>;
    readonly post: Op<PromptVersion, PromptVersionInput, Params<Name>, 201>;
  };
  readonly '/api/v1/prompts/{name}/versions/{n}': {
    readonly get: Op<PromptVersion, never, Params<{ readonly name: string; readonly n: string }>>;
  };
  readonly '/api/v1/prompts/{name}/tags': {
    readonly get: Op<readonly PromptTag[], never, Params<Name>>;
  };
  readonly '/api/v1/prompts/{name}/tags/{tag}': {
    readonly get: Op<PromptVersion, never, Params<NameTag>>;
    readonly put: Op<PromptTag, { readonly version: number }, Params<NameTag>>;
    readonly delete: Op<undefined, never, Params<NameTag>, 204>;
  };
  readonly '/api/v1/prompts/{name}/tags/{tag}/history': {
    readonly get: Op<readonly PromptTagMove[], never, Params<NameTag>>;
  };
}
