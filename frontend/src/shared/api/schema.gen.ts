/**
 * Generated from ../openapi.yaml by openapi-typescript (scripts/api-types.mjs). Do not edit:
 * change the contract, then run `npm run api:types`. `npm run api:check` (and the Maven build)
 * fails while this file is stale.
 */

export interface paths {
    readonly "/api/v1/custom-providers": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * List custom providers
         * @description Sorted by name; never a secret value.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The custom providers */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": readonly components["schemas"]["CustomProvider"][];
                    };
                };
            };
        };
        readonly put?: never;
        /**
         * Create a custom provider
         * @description Secret fields are stored encrypted under SWITCHBOARD_SECRET, bound to this provider and field.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CustomProviderInput"];
                };
            };
            readonly responses: {
                /** @description Created */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CustomProvider"];
                    };
                };
                /** @description The body is not valid JSON */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The name is taken (regardless of case) */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields, each listed in errors */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/custom-providers/test": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Test a configuration before saving it
         * @description The body of a create (name optional). Makes one cheap real call within 10 s: the provider's model list, or for Bedrock a minimal request whose "no such model" answer proves the credentials. Nothing is stored.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CustomProviderInput"];
                };
            };
            readonly responses: {
                /** @description The result; ok is false when the provider refused or could not be reached */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ConnectionTestResult"];
                    };
                };
                /** @description Bad Request */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid fields, each listed in errors */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/custom-providers/{id}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A custom provider */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description The custom provider's id */
                    readonly id: components["schemas"]["UUID"];
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The custom provider */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CustomProvider"];
                    };
                };
                /** @description No custom provider has this id */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        /**
         * Delete a custom provider
         * @description Works for unreadable ones too.
         */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description The custom provider's id */
                    readonly id: components["schemas"]["UUID"];
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Deleted */
                readonly 204: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No custom provider has this id */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        /**
         * Change a custom provider
         * @description Fields given replace the stored ones; config, when given, is the whole configuration, but secret fields left out keep their stored values. Changing where secrets are sent (baseUrl, azureEndpoint, endpointUrl, authorityHost) or the sdk (openai and azure_openai only) needs the secrets again.
         */
        readonly patch: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description The custom provider's id */
                    readonly id: components["schemas"]["UUID"];
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["CustomProviderPatch"];
                };
            };
            readonly responses: {
                /** @description Changed */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CustomProvider"];
                    };
                };
                /** @description No custom provider has this id */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The new name is taken (regardless of case) */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields, each listed in errors */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly trace?: never;
    };
    readonly "/api/v1/custom-providers/{id}/models": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Suggested models of a custom provider
         * @description Those of the built-in provider of its sdk; a suggestion, not a gate: invocations accept any model name.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description The custom provider's id */
                    readonly id: components["schemas"]["UUID"];
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The models */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["CustomProviderModels"];
                    };
                };
                /** @description No custom provider has this id */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/custom-providers/{id}/test": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Test a saved custom provider
         * @description Like testing before saving, with the stored configuration and secrets.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description The custom provider's id */
                    readonly id: components["schemas"]["UUID"];
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The result; ok is false when the provider refused or could not be reached */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ConnectionTestResult"];
                    };
                };
                /** @description No custom provider has this id */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/invocations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Invoke a model
         * @description With Accept: text/event-stream the answer streams as server-sent events named start, text, reasoning, tool_call, usage, finish and error (JSON data; every stream ends with one finish or error). A tool_call may carry a thoughtSignature (Gemini); send it back in the assistant message's toolCalls[].thoughtSignature when replaying the conversation. With Accept: application/json the events are aggregated into one result. Failures before the stream starts (validation, credentials, the provider's own refusal) are problem+json responses.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["InvocationRequest"];
                };
            };
            readonly responses: {
                /** @description The answer */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["InvocationResult"];
                        readonly "text/event-stream": string;
                    };
                };
                /** @description Malformed request or rejected by the provider */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Provider not allowed, or egress refused */
                readonly 403: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request or missing credentials */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The provider failed or refused our credentials */
                readonly 502: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * List prompts
         * @description Sorted by name; search matches part of the name, ignoring case.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: {
                    /** @description 1-200, default 50 */
                    readonly limit?: number;
                    /** @description Prompts to skip, default 0 */
                    readonly offset?: number;
                    /** @description Part of the name */
                    readonly search?: string;
                };
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description One page of prompts */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PromptList"];
                    };
                };
                /** @description limit or offset out of range */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly put?: never;
        /**
         * Create a prompt
         * @description With version 1 when the body has a version.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["PromptInput"];
                };
            };
            readonly responses: {
                /** @description Created */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Prompt"];
                    };
                };
                /** @description Bad Request */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The name is taken */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields, each listed in errors */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** A prompt */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The prompt */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Prompt"];
                    };
                };
                /** @description No such prompt */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        /**
         * Delete a prompt
         * @description With its versions, tags and tag history.
         */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Deleted */
                readonly 204: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such prompt */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        /**
         * Rename a prompt or change its description
         * @description Versions never change.
         */
        readonly patch: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["PromptPatch"];
                };
            };
            readonly responses: {
                /** @description Changed */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["Prompt"];
                    };
                };
                /** @description No such prompt */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The new name is taken */
                readonly 409: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}/invocations": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Invoke a saved prompt
         * @description The version (by number, by tag, or the latest) with its variables filled in, streamed or answered exactly like POST /invocations; the start event (and the JSON result) names the prompt, version and tag. Parameters given here override the version's, field by field; credentials are for a built-in provider, as with /invocations.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["PromptInvocationRequest"];
                };
            };
            readonly responses: {
                /** @description The answer */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["InvocationResult"];
                        readonly "text/event-stream": string;
                    };
                };
                /** @description Bad Request */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such prompt, version or tag */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing variables (each listed), both version and tag, the version's custom provider deleted (custom-provider-gone), or missing credentials */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The provider failed or refused our credentials */
                readonly 502: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}/render": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Render a version
         * @description The version (by number, by tag, or the latest) with its variables filled in, and its model configuration: what a script sends with its own SDK.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["PromptRenderRequest"];
                };
            };
            readonly responses: {
                /** @description The rendered prompt */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["RenderedPrompt"];
                    };
                };
                /** @description Bad Request */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such prompt, version or tag */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing variables (each listed), or both version and tag */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}/tags": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The tags of a prompt */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The tags, by name */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": readonly components["schemas"]["PromptTag"][];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}/tags/{tag}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /** The version a tag points at */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                    readonly tag: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The version */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PromptVersion"];
                    };
                };
                /** @description No such prompt or tag */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Point a tag at a version
         * @description Creates the tag or moves it, in one transaction; every move is kept in the tag's history.
         */
        readonly put: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                    readonly tag: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["PromptTagMove"];
                };
            };
            readonly responses: {
                /** @description The tag */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PromptTag"];
                    };
                };
                /** @description Bad Request */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such prompt or version */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid tag name or no version given */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly post?: never;
        /**
         * Delete a tag
         * @description The deletion is kept in the tag's history.
         */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                    readonly tag: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Deleted */
                readonly 204: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such prompt or tag */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}/tags/{tag}/history": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Where a tag pointed over time
         * @description Newest first; version null: deleted.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                    readonly tag: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The moves */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": readonly components["schemas"]["PromptTagHistoryEntry"][];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}/versions": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * The versions of a prompt
         * @description Newest first.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The versions */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": readonly components["schemas"]["PromptVersion"][];
                    };
                };
            };
        };
        readonly put?: never;
        /**
         * Save a new version
         * @description Numbered after the latest. Checked as an invocation would be (provider, model, messages, parameters, headers); templates are parsed and their variables listed. Never credentials or connection.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["PromptVersionInput"];
                };
            };
            readonly responses: {
                /** @description Saved */
                readonly 201: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PromptVersion"];
                    };
                };
                /** @description Bad Request */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such prompt */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields, each listed in errors */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/prompts/{name}/versions/{number}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * One version
         * @description By number, or latest.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    readonly name: string;
                    /** @description A version number, or latest */
                    readonly number: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The version */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["PromptVersion"];
                    };
                };
                /** @description No such prompt or version */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/providers": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * List built-in providers
         * @description Providers this server offers (SWITCHBOARD_ALLOWED_PROVIDERS hides the others), with where the server holds each credential. Values are never returned.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The providers, in catalogue order */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": readonly components["schemas"]["Provider"][];
                    };
                };
                /** @description Unexpected error */
                readonly 500: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/providers/{key}/models": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * Suggested models of a provider
         * @description A suggestion, not a gate: invocations accept any model name.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /**
                     * @description Provider key, case-insensitive
                     * @example OPENAI
                     */
                    readonly key: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The models */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["ProviderModels"];
                    };
                };
                /** @description No such provider, or not offered by this server */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly put?: never;
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/secrets": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        /**
         * List stored secrets
         * @description Names, status and update times, sorted by key; never the values. A value that no configured key opens is listed as unreadable.
         */
        readonly get: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description The stored secrets */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": readonly components["schemas"]["SecretSummary"][];
                    };
                };
            };
        };
        /**
         * Store and delete several secrets at once
         * @description In one transaction: an entry with a value creates or replaces, a null value deletes (a missing key is skipped). Every entry is checked first; if one is invalid, nothing changes.
         */
        readonly put: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["SecretBatch"];
                };
            };
            readonly responses: {
                /** @description Applied */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["SecretBatchResult"];
                    };
                };
                /** @description The body is not valid JSON */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An entry is invalid or a key repeats; nothing was changed */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly post?: never;
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/secrets/rotate": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        readonly put?: never;
        /**
         * Re-encrypt every secret under the current key
         * @description Values that open with SWITCHBOARD_SECRET or one of SWITCHBOARD_SECRET_PREVIOUS are re-encrypted with SWITCHBOARD_SECRET, in one transaction; unreadable ones are counted and left alone.
         */
        readonly post: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path?: never;
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Rotated */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["SecretRotationResult"];
                    };
                };
            };
        };
        readonly delete?: never;
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
    readonly "/api/v1/secrets/{key}": {
        readonly parameters: {
            readonly query?: never;
            readonly header?: never;
            readonly path?: never;
            readonly cookie?: never;
        };
        readonly get?: never;
        /**
         * Create or replace a secret
         * @description Stores the trimmed value encrypted under the current SWITCHBOARD_SECRET. Overwriting an unreadable secret is allowed.
         */
        readonly put: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description The secret's name, e.g. OPENAI_API_KEY */
                    readonly key: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody: {
                readonly content: {
                    readonly "application/json": components["schemas"]["SecretValue"];
                };
            };
            readonly responses: {
                /** @description Stored */
                readonly 200: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/json": components["schemas"]["SecretSummary"];
                    };
                };
                /** @description The body is not valid JSON */
                readonly 400: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Bad key name, or an empty value */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly post?: never;
        /**
         * Delete a secret
         * @description Works for unreadable secrets too.
         */
        readonly delete: {
            readonly parameters: {
                readonly query?: never;
                readonly header?: never;
                readonly path: {
                    /** @description The secret's name */
                    readonly key: string;
                };
                readonly cookie?: never;
            };
            readonly requestBody?: never;
            readonly responses: {
                /** @description Deleted */
                readonly 204: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No secret has this key */
                readonly 404: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Bad key name */
                readonly 422: {
                    headers: {
                        readonly [name: string]: unknown;
                    };
                    content: {
                        readonly "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        readonly options?: never;
        readonly head?: never;
        readonly patch?: never;
        readonly trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        readonly ApiType: "chat_completions" | "responses";
        readonly Connection: {
            /** @description An absolute http or https URL with a host, without user-info or fragment */
            readonly baseUrl?: string;
            /** @description An absolute http or https URL with a host, without user-info or fragment */
            readonly azureEndpoint?: string;
            readonly region?: string;
        };
        /** @enum {string} */
        readonly ConnectionField: "baseUrl" | "azureEndpoint" | "region";
        readonly ConnectionTestResult: {
            /** @description Whether the address and credentials work */
            readonly ok: boolean;
            /**
             * Format: int32
             * @description The provider's HTTP status; null when it gave none (unreachable, timed out, no token)
             */
            readonly status?: number | null;
            /** @description Why the test failed, with every credential removed; null when ok */
            readonly error?: string | null;
        };
        /** @enum {string} */
        readonly CredentialSource: "request" | "secret" | "environment" | "custom_provider" | "ambient";
        readonly CustomProvider: {
            readonly id: components["schemas"]["UUID"];
            /** @description Unique regardless of case; scripts address the provider by it */
            readonly name: string;
            readonly description: string;
            /** @description The free-text provider label */
            readonly provider: string;
            readonly sdk: components["schemas"]["Sdk"];
            /**
             * @description unreadable: a stored secret cannot be decrypted with the current SWITCHBOARD_SECRET; enter the secrets again or delete the provider. Invoking it answers 422 unreadable-secret
             * @enum {string}
             */
            readonly status: "ok" | "unreadable";
            readonly config: components["schemas"]["CustomProviderConfig"];
            /** @description Each stored secret field (apiKey, clientSecret, accessKeyId, secretAccessKey, sessionToken, token), with the last four characters of values of at least 20 characters, otherwise null */
            readonly secretsSet: {
                readonly [key: string]: components["schemas"]["NullableHint"];
            };
            /** @description The host requests go to */
            readonly host: string;
            /**
             * @description config.auth.type
             * @enum {string}
             */
            readonly authType: "api_key" | "azure_ad_client_secret" | "default_credentials" | "access_keys" | "bearer_token";
            /** @description API types offered */
            readonly apiTypes: readonly components["schemas"]["ApiType"][];
            /** @description API type used when a request names none */
            readonly defaultApiType: components["schemas"]["ApiType"];
            /** @description Invocation parameters the protocol honours */
            readonly parameters: readonly components["schemas"]["InvocationParameter"][];
            /** @description The parameters each offered API type takes */
            readonly parametersByApiType: {
                readonly [key: string]: readonly components["schemas"]["InvocationParameter"][];
            };
            /**
             * Format: double
             * @description The highest temperature the protocol takes
             */
            readonly maxTemperature: number;
            readonly createdAt: components["schemas"]["Instant"];
            readonly updatedAt: components["schemas"]["Instant"];
        };
        readonly CustomProviderAuth: {
            /** @enum {string} */
            readonly type: "api_key" | "azure_ad_client_secret" | "default_credentials" | "access_keys" | "bearer_token";
            readonly tenantId?: string;
            readonly clientId?: string;
            readonly authorityHost?: string;
            readonly scope?: string;
        };
        /** @description How the provider authenticates; the fields a type does not take must be left out */
        readonly CustomProviderAuthInput: {
            /**
             * @description api_key (every sdk); azure_ad_client_secret and default_credentials (azure_openai); access_keys, bearer_token and default_credentials (aws_bedrock)
             * @enum {string}
             */
            readonly type: "api_key" | "azure_ad_client_secret" | "default_credentials" | "access_keys" | "bearer_token";
            /** @description api_key: the key; write-only */
            readonly apiKey?: string;
            /** @description azure_ad_client_secret: the directory (tenant) id */
            readonly tenantId?: string;
            /** @description azure_ad_client_secret: the application (client) id */
            readonly clientId?: string;
            /** @description azure_ad_client_secret: the client secret; write-only */
            readonly clientSecret?: string;
            /** @description azure_ad_client_secret: the Entra ID authority, default https://login.microsoftonline.com */
            readonly authorityHost?: string;
            /** @description azure_ad_client_secret: the token scope, default https://cognitiveservices.azure.com/.default */
            readonly scope?: string;
            /** @description access_keys: the access key id; write-only */
            readonly accessKeyId?: string;
            /** @description access_keys: the secret access key; write-only */
            readonly secretAccessKey?: string;
            /** @description access_keys: the session token of temporary keys; write-only */
            readonly sessionToken?: string;
            /** @description bearer_token: the Bedrock API key; write-only */
            readonly token?: string;
        };
        /** @description The configuration; secret fields are never returned (see secretsSet) */
        readonly CustomProviderConfig: {
            readonly auth: components["schemas"]["CustomProviderAuth"];
            readonly baseUrl?: string;
            readonly azureEndpoint?: string;
            readonly apiVersion?: string;
            readonly region?: string;
            readonly endpointUrl?: string;
            readonly headers: {
                readonly [key: string]: string;
            };
            /**
             * @description openai, azure_openai: the API type used when a request names none
             * @enum {string}
             */
            readonly apiType?: "chat_completions" | "responses";
        };
        readonly CustomProviderConfigInput: {
            readonly auth: components["schemas"]["CustomProviderAuthInput"];
            /** @description openai, anthropic, google_genai: where requests go; default the provider's public API. An absolute http or https URL without user-info or fragment */
            readonly baseUrl?: string;
            /** @description azure_openai (required): the resource endpoint, e.g. https://my-resource.openai.azure.com */
            readonly azureEndpoint?: string;
            /** @description azure_openai: the API version, default 2025-04-01-preview; v1, latest or preview select the v1 API */
            readonly apiVersion?: string;
            /** @description aws_bedrock (required): the region, e.g. us-east-1 */
            readonly region?: string;
            /** @description aws_bedrock: another endpoint than bedrock-runtime.{region}.amazonaws.com */
            readonly endpointUrl?: string;
            /** @description Headers sent with every call; the rules of invocation headers apply, and a request's headers of the same name win */
            readonly headers?: {
                readonly [key: string]: string;
            };
            /**
             * @description openai, azure_openai: chat_completions or responses (default responses)
             * @enum {string}
             */
            readonly apiType?: "chat_completions" | "responses";
        };
        readonly CustomProviderInput: {
            /**
             * @description 1-64 characters, no '/', unique regardless of case, not a built-in provider key; optional when only testing
             * @example team-openai
             */
            readonly name?: string;
            /** @description Free text */
            readonly description?: string;
            /**
             * @description A label shown in the UI, e.g. the vendor behind an OpenAI-compatible server
             * @example OpenAI via the team proxy
             */
            readonly provider?: string;
            /**
             * @description The wire protocol
             * @enum {string}
             */
            readonly sdk: "openai" | "azure_openai" | "anthropic" | "google_genai" | "aws_bedrock";
            readonly config: components["schemas"]["CustomProviderConfigInput"];
        };
        readonly CustomProviderModels: {
            readonly customProviderId: components["schemas"]["UUID"];
            /** @description Suggested model names; any other name may be used */
            readonly models: readonly string[];
        };
        /** @description Fields given replace the stored ones. config, when given, is the whole configuration, but secret fields left out keep their stored values (same auth type only). Changing baseUrl, azureEndpoint, endpointUrl or authorityHost, or the sdk (only between openai and azure_openai), requires the secrets again. */
        readonly CustomProviderPatch: {
            readonly name?: string;
            readonly description?: string;
            readonly provider?: string;
            /** @enum {string} */
            readonly sdk?: "openai" | "azure_openai" | "anthropic" | "google_genai" | "aws_bedrock";
            readonly config?: components["schemas"]["CustomProviderConfigInput"];
        };
        readonly FieldError: {
            readonly field?: string;
            readonly message?: string;
        };
        /** @enum {string} */
        readonly FormatType: "text" | "json_object" | "json_schema";
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        readonly Instant: string;
        /** @enum {string} */
        readonly InvocationParameter: "temperature" | "maxTokens" | "topP" | "stop" | "seed" | "reasoningEffort" | "frequencyPenalty" | "presencePenalty";
        readonly InvocationRequest: {
            /**
             * @description Built-in provider key, e.g. OPENAI; omit when customProviderId is set
             * @example OPENAI
             */
            readonly provider?: string;
            /** @description A saved custom provider to use instead of a built-in one */
            readonly customProviderId?: components["schemas"]["UUID"];
            /** @example gpt-4o-mini */
            readonly model: string;
            /** @description OpenAI and Azure OpenAI only: chat_completions or responses; default per provider (see the README) */
            readonly apiType?: string;
            readonly messages: readonly components["schemas"]["Message"][];
            readonly tools?: readonly components["schemas"]["Tool"][];
            /** @description "auto", "none", "required" or {"name": "tool"} */
            readonly toolChoice?: components["schemas"]["JsonValue"];
            readonly responseFormat?: components["schemas"]["ResponseFormat"];
            readonly parameters?: components["schemas"]["Parameters"];
            readonly connection?: components["schemas"]["Connection"];
            /** @description Extra HTTP headers for the provider; authentication and hop-by-hop headers cannot be set */
            readonly headers?: {
                readonly [key: string]: string;
            };
            /** @description Credentials held by the browser, by name (e.g. OPENAI_API_KEY); used for this call only, never stored or returned */
            readonly credentials?: {
                readonly [key: string]: string;
            };
        };
        readonly InvocationResult: {
            readonly invocationId?: string;
            /** @description The built-in provider's key, or the custom provider's name */
            readonly provider?: string;
            /** @description The custom provider invoked; absent for a built-in provider */
            readonly customProviderId?: string;
            readonly model?: string;
            readonly apiType?: string;
            readonly text?: string;
            /** @description Reasoning or its summary, where the model shares it */
            readonly reasoning?: string;
            readonly toolCalls?: readonly components["schemas"]["InvocationResultToolCall"][];
            readonly usage?: components["schemas"]["Usage"];
            readonly finishReason?: string;
            /** @description Where each credential came from: request, secret, environment, custom_provider or ambient */
            readonly credentialSources?: {
                readonly [key: string]: string;
            };
            /** @description The saved prompt version invoked; absent otherwise */
            readonly prompt?: components["schemas"]["PromptRef"];
        };
        /** @description A tool call of the answer, its arguments whole */
        readonly InvocationResultToolCall: {
            readonly id?: string;
            readonly name?: string;
            /** @description Arguments as a JSON text */
            readonly arguments?: string;
            /** @description The provider's signature of the reasoning behind the call (Gemini); send it back in the assistant message's toolCalls */
            readonly thoughtSignature?: string;
        };
        /** @description Any JSON value */
        readonly JsonValue: unknown;
        readonly Message: {
            readonly role: components["schemas"]["Role"];
            /** @description Text; may be null for an assistant message that only calls tools */
            readonly content?: string;
            /** @description Tool calls made by an assistant message */
            readonly toolCalls?: readonly components["schemas"]["ToolCall"][];
            /** @description For a tool message: the id of the call it answers */
            readonly toolCallId?: string;
        };
        readonly NullableHint: string | null;
        readonly Parameters: {
            /**
             * Format: double
             * @description 0-2 for OpenAI, Azure OpenAI, OpenAI-compatible servers and Gemini; 0-1 for Anthropic and Bedrock
             */
            readonly temperature?: number;
            /**
             * Format: int32
             * @description At least 1
             */
            readonly maxTokens?: number;
            /**
             * Format: double
             * @description 0-1 for every provider
             */
            readonly topP?: number;
            readonly stop?: readonly string[];
            /**
             * Format: int64
             * @description An integer (a JSON number with a fraction is malformed); not taken by Anthropic, Bedrock or the Responses API
             */
            readonly seed?: number;
            /**
             * @description none, minimal, low, medium or high (reasoning models); OpenAI passes the word on, Anthropic and Gemini turn it into a thinking budget; not taken by Bedrock
             * @enum {string}
             */
            readonly reasoningEffort?: "none" | "minimal" | "low" | "medium" | "high";
            /**
             * Format: double
             * @description -2 to 2; sent by Chat Completions (OpenAI, Azure OpenAI, OpenAI-compatible servers) and Gemini only
             */
            readonly frequencyPenalty?: number;
            /**
             * Format: double
             * @description -2 to 2; sent by Chat Completions (OpenAI, Azure OpenAI, OpenAI-compatible servers) and Gemini only
             */
            readonly presencePenalty?: number;
            /**
             * Format: int32
             * @description Number of answers: only 1, as an invocation streams one answer
             */
            readonly n?: number;
        };
        /** @description RFC 9457 problem details */
        readonly Problem: {
            /**
             * @description URI naming the kind of problem: urn:switchboard:problem:<slug>
             * @example urn:switchboard:problem:not-found
             */
            readonly type?: string;
            /** @description Short summary of the kind of problem */
            readonly title?: string;
            /**
             * Format: int32
             * @description HTTP status code
             */
            readonly status?: number;
            /** @description What went wrong in this occurrence, for people */
            readonly detail?: string;
            /** @description The request path this occurrence is about */
            readonly instance?: string;
            /** @description Invalid fields of the request, for validation problems */
            readonly errors?: readonly components["schemas"]["FieldError"][];
            /** @description Identifier of a server error in the server's log */
            readonly errorId?: string;
            /**
             * @description The upstream provider the problem came from
             * @example openai
             */
            readonly provider?: string;
            /**
             * Format: int32
             * @description HTTP status the upstream provider answered with
             */
            readonly upstreamStatus?: number;
            /** @description The invocation this problem ended */
            readonly invocationId?: string;
            /**
             * Format: int64
             * @description Seconds to wait before retrying, as the provider asked; also sent as Retry-After
             */
            readonly retryAfter?: number;
        };
        readonly Prompt: {
            readonly id: components["schemas"]["UUID"];
            readonly name: string;
            readonly description: string;
            /**
             * Format: int32
             * @description The highest version number; null before the first version
             */
            readonly latestVersion?: number | null;
            readonly tags: readonly components["schemas"]["PromptTagPointer"][];
            readonly createdAt: components["schemas"]["Instant"];
            readonly updatedAt: components["schemas"]["Instant"];
        };
        readonly PromptInput: {
            /** @example support-answer */
            readonly name: string;
            readonly description?: string;
            /** @description Version 1, saved in the same transaction */
            readonly version?: components["schemas"]["PromptVersionInput"];
        };
        readonly PromptInvocationRequest: {
            /**
             * Format: int32
             * @description A version number; or give tag; neither: the latest version
             */
            readonly version?: number;
            /** @description A tag; or give version */
            readonly tag?: string;
            /** @description Values of the template variables; missing ones are a 422, extra ones are ignored */
            readonly variables?: {
                readonly [key: string]: string;
            };
            /** @description Credentials held by the browser, by name, for a built-in provider; never stored */
            readonly credentials?: {
                readonly [key: string]: string;
            };
            /** @description Parameters that override the version's, field by field */
            readonly parameters?: components["schemas"]["Parameters"];
        };
        readonly PromptList: {
            readonly items: readonly components["schemas"]["Prompt"][];
            /**
             * Format: int64
             * @description Prompts matching the search, over all pages
             */
            readonly total: number;
            /** Format: int32 */
            readonly limit: number;
            /** Format: int32 */
            readonly offset: number;
        };
        readonly PromptPatch: {
            readonly name?: string;
            readonly description?: string;
        };
        readonly PromptRef: {
            readonly name: string;
            /** Format: int32 */
            readonly version: number;
            readonly tag?: string;
        };
        readonly PromptRenderRequest: {
            /**
             * Format: int32
             * @description A version number; or give tag; neither: the latest version
             */
            readonly version?: number;
            /** @description A tag; or give version */
            readonly tag?: string;
            /** @description Values of the template variables; missing ones are a 422, extra ones are ignored */
            readonly variables?: {
                readonly [key: string]: string;
            };
        };
        readonly PromptTag: {
            readonly name: string;
            /** Format: int32 */
            readonly version: number;
            readonly updatedAt: components["schemas"]["Instant"];
        };
        readonly PromptTagHistoryEntry: {
            /**
             * Format: int32
             * @description The version it pointed at from then; null when the tag was deleted
             */
            readonly version?: number | null;
            /**
             * Format: int32
             * @description The version it pointed at before; null when the tag was new
             */
            readonly previousVersion?: number | null;
            readonly movedAt: components["schemas"]["Instant"];
        };
        readonly PromptTagMove: {
            /**
             * Format: int32
             * @description The version number the tag points at from now on
             */
            readonly version: number;
        };
        readonly PromptTagPointer: {
            readonly name: string;
            /** Format: int32 */
            readonly version: number;
        };
        readonly PromptVersion: {
            /** @description The prompt's name */
            readonly prompt: string;
            /** Format: int32 */
            readonly number: number;
            readonly description: string;
            /** @enum {string} */
            readonly templateFormat: "mustache" | "f_string" | "none";
            /** @description The variables the messages use, in order of first use */
            readonly variables: readonly string[];
            /** @description The built-in provider key; null for a custom provider */
            readonly provider?: string | null;
            /** @description The custom provider; null for a built-in one, or once it was deleted */
            readonly customProviderId?: ((string | components["schemas"]["UUID"] | null) | null) | components["schemas"]["UUID"] | null;
            /** @description The custom provider's name when the version was saved */
            readonly customProviderName?: string | null;
            /** @description The custom provider this version used has been deleted */
            readonly customProviderDeleted: boolean;
            readonly model: string;
            readonly apiType?: string | null;
            readonly messages: readonly components["schemas"]["Message"][];
            readonly tools: readonly components["schemas"]["Tool"][];
            readonly toolChoice?: components["schemas"]["JsonValue"] | null;
            readonly responseFormat?: components["schemas"]["ResponseFormat"] | null;
            readonly parameters: components["schemas"]["Parameters"];
            readonly headers: {
                readonly [key: string]: string;
            };
            /** @description The tags pointing at this version */
            readonly tags: readonly string[];
            readonly createdAt: components["schemas"]["Instant"];
        };
        readonly PromptVersionInput: {
            /** @description What changed in this version */
            readonly description?: string;
            /**
             * @description How the messages name variables: mustache ({{ name }}, the default), f_string ({name}) or none
             * @enum {string}
             */
            readonly templateFormat?: "mustache" | "f_string" | "none";
            /** @description A built-in provider key; or give customProviderId */
            readonly provider?: string;
            /** @description A custom provider; or give provider */
            readonly customProviderId?: components["schemas"]["UUID"];
            readonly model: string;
            /** @enum {string} */
            readonly apiType?: "chat_completions" | "responses";
            readonly messages: readonly components["schemas"]["Message"][];
            readonly tools?: readonly components["schemas"]["Tool"][];
            /** @description "auto", "none", "required" or {"name": "tool"} */
            readonly toolChoice?: components["schemas"]["JsonValue"];
            readonly responseFormat?: components["schemas"]["ResponseFormat"];
            readonly parameters?: components["schemas"]["Parameters"];
            /** @description Extra HTTP headers; authentication headers are refused */
            readonly headers?: {
                readonly [key: string]: string;
            };
        };
        readonly Provider: {
            /**
             * @description Provider key used in invocations
             * @example OPENAI
             */
            readonly key?: string;
            /**
             * @description Display name
             * @example OpenAI
             */
            readonly name?: string;
            /** @description Wire protocol; OpenAI-compatible servers use openai */
            readonly sdk?: components["schemas"]["Sdk"];
            /** @description OpenAI API types offered */
            readonly apiTypes?: readonly components["schemas"]["ApiType"][];
            /** @description API type used when the request names none */
            readonly defaultApiType?: components["schemas"]["ApiType"];
            /** @description Credentials the provider reads */
            readonly credentials?: readonly components["schemas"]["ProviderCredential"][];
            /** @description Whether the server holds everything an invocation needs, so the browser need send nothing */
            readonly credentialsSet?: boolean;
            /** @description Where requests go by default; absent when the server or the request must say */
            readonly defaultBaseUrl?: string;
            /** @description Environment variable that overrides the default base URL */
            readonly baseUrlVariable?: string;
            /** @description Invocation parameters the provider honours; a request that sets another is refused (422). OpenAI's Responses API (OpenAI, Azure OpenAI) takes no stop, seed, frequencyPenalty or presencePenalty */
            readonly parameters?: readonly components["schemas"]["InvocationParameter"][];
            /** @description The parameters each offered API type takes, by API type (chat_completions, responses); where a provider offers one API type, the same as parameters */
            readonly parametersByApiType?: {
                readonly [key: string]: readonly components["schemas"]["InvocationParameter"][];
            };
            /**
             * Format: double
             * @description The highest temperature the provider takes (the lowest is 0)
             * @example 2
             */
            readonly maxTemperature?: number;
            /** @description Connection overrides a request may set for this provider */
            readonly connection?: readonly components["schemas"]["ConnectionField"][];
            /** @description Suggested model names; any other name may be used */
            readonly models?: readonly string[];
        };
        readonly ProviderCredential: {
            /**
             * @description Credential name: the same in the browser store, as a secret's key and in the server environment
             * @example OPENAI_API_KEY
             */
            readonly name?: string;
            /** @description key (secret material), endpoint (where requests go) or setting */
            readonly kind?: string;
            /** @description Whether an invocation needs it; the Azure key is optional when Entra ID is configured */
            readonly required?: boolean;
            /**
             * @description Other names accepted in its place, tried after it at each level
             * @example GOOGLE_API_KEY
             */
            readonly alternatives?: readonly string[];
            /** @description Where the server holds a usable value: secret, environment, ambient. An unreadable secret does not count. */
            readonly sources?: readonly components["schemas"]["CredentialSource"][];
        };
        readonly ProviderModels: {
            /**
             * @description Provider key
             * @example ANTHROPIC
             */
            readonly provider?: string;
            /** @description Suggested model names; any other name may be used */
            readonly models?: readonly string[];
        };
        readonly RenderedPrompt: {
            readonly prompt: string;
            /** Format: int32 */
            readonly version: number;
            /** @description The tag that chose the version, if one did */
            readonly tag?: string | null;
            readonly messages: readonly components["schemas"]["Message"][];
            readonly provider?: string | null;
            readonly customProviderId?: components["schemas"]["UUID"] | null;
            readonly customProviderName?: string | null;
            /** @description The custom provider this version used has been deleted (then customProviderId is null and customProviderName says which it was) */
            readonly customProviderDeleted: boolean;
            readonly model: string;
            readonly apiType?: string | null;
            readonly parameters: components["schemas"]["Parameters"];
            readonly tools: readonly components["schemas"]["Tool"][];
            readonly toolChoice?: components["schemas"]["JsonValue"] | null;
            readonly responseFormat?: components["schemas"]["ResponseFormat"] | null;
            readonly headers: {
                readonly [key: string]: string;
            };
        };
        readonly ResponseFormat: {
            /** @description text, json_object or json_schema */
            readonly type: components["schemas"]["FormatType"];
            /** @description json_schema: a name for the schema */
            readonly name?: string;
            /** @description json_schema: the JSON Schema the answer must follow */
            readonly schema?: components["schemas"]["JsonValue"];
            readonly strict?: boolean;
        };
        /** @enum {string} */
        readonly Role: "system" | "user" | "assistant" | "tool";
        readonly RotationCount: {
            /** Format: int32 */
            readonly reencrypted: number;
            /** Format: int32 */
            readonly unreadable: number;
        };
        /** @enum {string} */
        readonly Sdk: "openai" | "azure_openai" | "anthropic" | "google_genai" | "aws_bedrock";
        /** @description Changes applied together in one transaction */
        readonly SecretBatch: {
            readonly secrets: readonly components["schemas"]["SecretBatchEntry"][];
        };
        /** @description A value to store, or null to delete the key */
        readonly SecretBatchEntry: {
            /** @example OPENAI_API_KEY */
            readonly key: string;
            /** @description The plaintext value (trimmed), or null to delete */
            readonly value?: string | null;
        };
        readonly SecretBatchResult: {
            /** @description Keys created or replaced, in request order */
            readonly upserted: readonly string[];
            /** @description Keys deleted, in request order; a null entry for a key that did not exist is not listed */
            readonly deleted: readonly string[];
        };
        readonly SecretRotationResult: {
            /**
             * Format: int32
             * @description Secrets re-encrypted under the current SWITCHBOARD_SECRET
             */
            readonly reencrypted: number;
            /**
             * Format: int32
             * @description Secrets no configured key opens, left as they are
             */
            readonly unreadable: number;
            /** @description Custom providers whose secret fields were re-encrypted, and those left unreadable */
            readonly customProviders: components["schemas"]["RotationCount"];
        };
        /** @description A stored secret; the value itself is never returned */
        readonly SecretSummary: {
            /**
             * @description The secret's name, an environment-variable name
             * @example OPENAI_API_KEY
             */
            readonly key: string;
            /**
             * @description ok: the current or a previous SWITCHBOARD_SECRET opens the value; unreadable: no configured key does (overwrite or delete it)
             * @enum {string}
             */
            readonly status: "ok" | "unreadable";
            /**
             * @description The last four characters of the value, only for readable values of at least 20 characters; otherwise null
             * @example x9Qz
             */
            readonly hint?: string | null;
            /** @description When the value was last written */
            readonly updatedAt: components["schemas"]["Instant"];
        };
        /** @description A value to store; surrounding whitespace is removed */
        readonly SecretValue: {
            /** @description The plaintext value, write-only */
            readonly value: string;
        };
        readonly Tool: {
            /** @description 1-64 letters, digits, _ or -, unique among the tools (the pattern every provider accepts) */
            readonly name: string;
            readonly description?: string;
            /** @description JSON Schema of the arguments: an object, with type "object" if it has a type */
            readonly parameters?: components["schemas"]["JsonValue"];
        };
        readonly ToolCall: {
            readonly id: string;
            readonly name: string;
            /** @description Arguments as a JSON text */
            readonly arguments?: string;
            /** @description The thoughtSignature the tool_call event carried (Gemini), sent back as it came; other providers ignore it */
            readonly thoughtSignature?: string;
        };
        /** Format: uuid */
        readonly UUID: string;
        readonly Usage: {
            /** Format: int32 */
            readonly inputTokens?: number;
            /** Format: int32 */
            readonly outputTokens?: number;
            /** Format: int32 */
            readonly totalTokens?: number;
            /** Format: int32 */
            readonly reasoningTokens?: number;
            /** Format: int32 */
            readonly cachedInputTokens?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
