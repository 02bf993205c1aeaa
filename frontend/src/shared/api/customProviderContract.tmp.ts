/**
 * TEMPORARY: the custom providers contract (issue 16) written by hand from the agreed sketch,
 * until the backend's openapi.yaml lands and schema.gen.ts is regenerated. Delete this file then.
 */
import type { ApiType, InvocationParameter, Sdk } from './types';

export type CustomProviderAuthType =
  | 'api_key'
  | 'azure_ad_client_secret'
  | 'default_credentials'
  | 'access_keys'
  | 'bearer_token';

export interface CustomProviderAuth {
  readonly type: CustomProviderAuthType;
  readonly apiKey?: string;
  readonly tenantId?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly authorityHost?: string;
  readonly scope?: string;
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly sessionToken?: string;
  readonly token?: string;
}

export interface CustomProviderConfig {
  readonly auth: CustomProviderAuth;
  readonly baseUrl?: string;
  readonly azureEndpoint?: string;
  readonly apiVersion?: string;
  readonly region?: string;
  readonly endpointUrl?: string;
  readonly headers?: { readonly [name: string]: string };
  readonly apiType?: ApiType;
}

export interface CustomProviderInput {
  readonly name?: string;
  readonly description?: string;
  readonly provider?: string;
  readonly sdk: Sdk;
  readonly config: CustomProviderConfig;
}

export interface CustomProviderPatch {
  readonly name?: string;
  readonly description?: string | null;
  readonly provider?: string | null;
  readonly sdk?: Sdk;
  readonly config?: CustomProviderConfig;
}

export interface CustomProvider {
  readonly id: string;
  readonly name: string;
  readonly description?: string | null;
  readonly provider?: string | null;
  readonly sdk: Sdk;
  readonly status: 'ok' | 'unreadable';
  readonly config: CustomProviderConfig;
  readonly secretsSet: { readonly [field: string]: string | null };
  readonly host: string;
  readonly authType: CustomProviderAuthType;
  readonly apiTypes: readonly ApiType[];
  readonly defaultApiType?: ApiType;
  readonly parameters?: readonly InvocationParameter[];
  readonly parametersByApiType?: { readonly [apiType: string]: readonly InvocationParameter[] };
  readonly maxTemperature?: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ConnectionTestResult {
  readonly ok: boolean;
  readonly status: number | null;
  readonly error: string | null;
}

export interface CustomProviderModels {
  readonly customProviderId: string;
  readonly models: readonly string[];
}

type Json<T> = { readonly content: { readonly 'application/json': T } };

export interface CustomProviderPaths {
  readonly '/api/v1/custom-providers': {
    readonly get: { readonly responses: { readonly 200: Json<readonly CustomProvider[]> } };
    readonly post: { readonly requestBody: Json<CustomProviderInput>; readonly responses: { readonly 201: Json<CustomProvider> } };
  };
  readonly '/api/v1/custom-providers/{id}': {
    readonly patch: {
      readonly parameters: { readonly path: { readonly id: string } };
      readonly requestBody: Json<CustomProviderPatch>;
      readonly responses: { readonly 200: Json<CustomProvider> };
    };
    readonly delete: {
      readonly parameters: { readonly path: { readonly id: string } };
      readonly responses: { readonly 204: { readonly content?: never } };
    };
  };
  readonly '/api/v1/custom-providers/test': {
    readonly post: { readonly requestBody: Json<CustomProviderInput>; readonly responses: { readonly 200: Json<ConnectionTestResult> } };
  };
  readonly '/api/v1/custom-providers/{id}/test': {
    readonly post: {
      readonly parameters: { readonly path: { readonly id: string } };
      readonly requestBody?: never;
      readonly responses: { readonly 200: Json<ConnectionTestResult> };
    };
  };
  readonly '/api/v1/custom-providers/{id}/models': {
    readonly get: {
      readonly parameters: { readonly path: { readonly id: string } };
      readonly responses: { readonly 200: Json<CustomProviderModels> };
    };
  };
}
