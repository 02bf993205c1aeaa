// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ProblemDetails } from '../../shared/api';
import { TEAM_BEDROCK, TEAM_OPENAI } from '../../test/fixtures';
import {
  connectionTestOf,
  draftOf,
  fieldsOf,
  inputOf,
  keptSecrets,
  newDraft,
  patchOf,
  reentryReason,
  sdkChoices,
  secretPlaceholder,
  serverFieldErrors,
  validateDraft,
  withSdk,
  type CustomProviderDraft,
} from './customProviderForm';

const draft = (patch: Partial<CustomProviderDraft>): CustomProviderDraft => ({ ...newDraft(), name: 'team', ...patch });

describe('the request body per sdk and auth type', () => {
  it('sends an OpenAI provider its key, base URL, headers and apiType (Responses by default)', () => {
    const form = draft({
      provider: ' OpenAI via proxy ',
      values: { apiKey: 'sk-123', baseUrl: 'http://127.0.0.1:9/custom/v1' },
      headersText: '{"X-Team": "a"}',
    });

    expect(inputOf(form)).toEqual({
      name: 'team',
      provider: 'OpenAI via proxy',
      sdk: 'openai',
      config: {
        auth: { type: 'api_key', apiKey: 'sk-123' },
        baseUrl: 'http://127.0.0.1:9/custom/v1',
        headers: { 'X-Team': 'a' },
        apiType: 'responses',
      },
    });
  });

  it('sends Azure with an Entra ID client secret its endpoint, version and every auth field typed', () => {
    const form = withSdk(draft({}), 'azure_openai');
    const entra: CustomProviderDraft = {
      ...form,
      authType: 'azure_ad_client_secret',
      apiType: 'chat_completions',
      values: {
        azureEndpoint: 'https://r.openai.azure.com',
        apiVersion: '2024-10-21',
        tenantId: 't',
        clientId: 'c',
        clientSecret: 's3cret',
        apiKey: 'left over from api_key',
      },
    };

    expect(inputOf(entra).config).toEqual({
      auth: { type: 'azure_ad_client_secret', tenantId: 't', clientId: 'c', clientSecret: 's3cret' },
      azureEndpoint: 'https://r.openai.azure.com',
      apiVersion: '2024-10-21',
      headers: {},
      apiType: 'chat_completions',
    });
  });

  it('sends Bedrock its region and access keys, no apiType and nothing of another sdk', () => {
    const values = { baseUrl: 'https://x.example', region: 'eu-west-1', accessKeyId: 'AKIA', secretAccessKey: 'sk' };
    const form = { ...withSdk(draft({ values }), 'aws_bedrock'), authType: 'access_keys' as const };

    expect(inputOf(form).config).toEqual({
      auth: { type: 'access_keys', accessKeyId: 'AKIA', secretAccessKey: 'sk' },
      region: 'eu-west-1',
      headers: {},
    });
  });

  it.each([
    ['default_credentials', {}, { type: 'default_credentials' }],
    ['bearer_token', { token: 'ABSK' }, { type: 'bearer_token', token: 'ABSK' }],
  ] as const)('sends Bedrock %s', (authType, values, auth) => {
    const form = { ...withSdk(draft({}), 'aws_bedrock'), authType, values: { region: 'us-east-1', ...values } };

    expect(inputOf(form).config.auth).toEqual(auth);
  });

  it('shows per sdk only its own routing fields, and per auth type its fields', () => {
    const names = (sdk: Parameters<typeof withSdk>[1]) => fieldsOf(withSdk(newDraft(), sdk)).map((f) => f.name);
    expect(names('openai')).toEqual(['baseUrl', 'apiKey']);
    expect(names('anthropic')).toEqual(['baseUrl', 'apiKey']);
    expect(names('google_genai')).toEqual(['baseUrl', 'apiKey']);
    expect(names('azure_openai')).toEqual(['azureEndpoint', 'apiVersion', 'apiKey']);
    expect(names('aws_bedrock')).toEqual(['region', 'endpointUrl', 'apiKey']);
    const accessKeys = { ...withSdk(newDraft(), 'aws_bedrock'), authType: 'access_keys' as const };
    expect(fieldsOf(accessKeys).map((f) => f.name)).toEqual(['region', 'endpointUrl', 'accessKeyId', 'secretAccessKey', 'sessionToken']);
    expect(withSdk({ ...newDraft(), authType: 'bearer_token' }, 'openai').authType).toBe('api_key');
  });
});

describe('keeping stored secrets', () => {
  it('keeps an untouched key, shows its hint, and patches only what changed', () => {
    const form = { ...draftOf(TEAM_OPENAI), description: 'New text' };

    expect(keptSecrets(form, TEAM_OPENAI)).toEqual(new Map([['apiKey', 'wxyz']]));
    expect(validateDraft(form, TEAM_OPENAI)).toEqual({});
    expect(patchOf(form, TEAM_OPENAI)).toEqual({ description: 'New text' });
  });

  it('sends the complete config without the secret when a header changes', () => {
    const form = { ...draftOf(TEAM_OPENAI), headersText: '{"X-Team": "platform"}' };

    expect(patchOf(form, TEAM_OPENAI)).toEqual({
      config: {
        auth: { type: 'api_key' },
        baseUrl: 'https://proxy.example.com/v1',
        headers: { 'X-Team': 'platform' },
        apiType: 'responses',
      },
    });
  });

  it('requires the key again when the base URL changes, and sends it', () => {
    const moved = { ...draftOf(TEAM_OPENAI), values: { baseUrl: 'https://elsewhere.example.com/v1' } };

    expect(reentryReason(moved, TEAM_OPENAI)).toBe('url');
    expect(keptSecrets(moved, TEAM_OPENAI).size).toBe(0);
    expect(validateDraft(moved, TEAM_OPENAI).apiKey).toEqual(['API key is required.']);

    const withKey = { ...moved, values: { ...moved.values, apiKey: 'sk-new' } };
    expect(validateDraft(withKey, TEAM_OPENAI)).toEqual({});
    expect(patchOf(withKey, TEAM_OPENAI).config?.auth).toEqual({ type: 'api_key', apiKey: 'sk-new' });
  });

  it('requires the secrets again when the sdk changes (OpenAI to Azure only) or the row is unreadable', () => {
    const azure = withSdk(draftOf(TEAM_OPENAI), 'azure_openai');
    expect(reentryReason(azure, TEAM_OPENAI)).toBe('sdk');
    expect(validateDraft(azure, TEAM_OPENAI)).toMatchObject({ apiKey: expect.any(Array), azureEndpoint: expect.any(Array) });
    expect(sdkChoices(TEAM_OPENAI)).toEqual(['openai', 'azure_openai']);
    expect(sdkChoices(TEAM_BEDROCK)).toEqual(['aws_bedrock']);
    expect(sdkChoices(null)).toHaveLength(5);

    const unreadable = { ...TEAM_BEDROCK, status: 'unreadable' as const };
    const form = draftOf(unreadable);
    expect(reentryReason(form, unreadable)).toBe('unreadable');
    expect(Object.keys(validateDraft(form, unreadable))).toEqual(['accessKeyId', 'secretAccessKey']);
  });

  it('requires the client secret again when the Entra ID authority changes', () => {
    const entra = {
      ...TEAM_OPENAI,
      sdk: 'azure_openai' as const,
      authType: 'azure_ad_client_secret' as const,
      config: { auth: { type: 'azure_ad_client_secret' as const, tenantId: 't', clientId: 'c' }, azureEndpoint: 'https://r.openai.azure.com', headers: {} },
      secretsSet: { clientSecret: 'abcd' },
    };
    const form = draftOf(entra);
    expect(reentryReason(form, entra)).toBeNull();
    expect(keptSecrets(form, entra)).toEqual(new Map([['clientSecret', 'abcd']]));

    const moved = { ...form, values: { ...form.values, authorityHost: 'https://login.example.com' } };
    expect(reentryReason(moved, entra)).toBe('url');
    expect(validateDraft(moved, entra)).toEqual({ clientSecret: ['Client secret is required.'] });
  });

  it('keeps nothing when the auth type changes', () => {
    const form = { ...draftOf(TEAM_BEDROCK), authType: 'bearer_token' as const };

    expect(keptSecrets(form, TEAM_BEDROCK).size).toBe(0);
    expect(validateDraft(form, TEAM_BEDROCK)).toEqual({ token: ['Bearer token is required.'] });
  });

  it('says "leave empty to keep" with the last four characters when the server gave them', () => {
    expect(secretPlaceholder('wxyz')).toBe('…wxyz — leave empty to keep');
    expect(secretPlaceholder(null)).toBe('stored — leave empty to keep');
    expect(keptSecrets(draftOf(TEAM_BEDROCK), TEAM_BEDROCK)).toEqual(
      new Map([
        ['accessKeyId', 'MPLE'],
        ['secretAccessKey', 'EKEY'],
        ['sessionToken', null],
      ]),
    );
  });
});

describe('checks before sending', () => {
  it('checks the name, required fields, URLs and headers with the playground’s rules', () => {
    const form = draft({
      name: 'OPENAI',
      values: { baseUrl: 'ftp://x' },
      headersText: '{"Authorization": "Bearer x"}',
    });

    expect(validateDraft(form, null, { builtinKeys: ['OPENAI'] })).toEqual({
      name: ['OPENAI is a built-in provider; choose another name.'],
      baseUrl: ['Base URL must start with http:// or https://.'],
      apiKey: ['API key is required.'],
      headers: [expect.stringMatching(/^Authorization cannot be set/)],
    });
    expect(validateDraft(draft({ name: 'a/b', values: { apiKey: 'k' } }), null).name).toEqual(['A name may not contain "/".']);
    expect(validateDraft(draft({ name: 'x'.repeat(65), values: { apiKey: 'k' } }), null).name).toHaveLength(1);
    expect(validateDraft(draft({ name: '', values: { apiKey: 'k' } }), null, { forTest: true })).toEqual({});
  });
});

describe('Test connection', () => {
  it('tests a new provider with the form, and a saved, unchanged one by its id', () => {
    expect(connectionTestOf(draft({ values: { apiKey: 'k' } }), null)).toMatchObject({ kind: 'input' });
    expect(connectionTestOf({ ...draftOf(TEAM_OPENAI), name: 'renamed' }, TEAM_OPENAI)).toEqual({
      kind: 'saved',
      id: TEAM_OPENAI.id,
    });
  });

  it('tests an unreadable provider only with its secrets typed in again', () => {
    const unreadable = { ...TEAM_OPENAI, status: 'unreadable' as const };
    const form = draftOf(unreadable);

    expect(connectionTestOf(form, unreadable)).toMatchObject({ kind: 'blocked', reason: expect.stringMatching(/cannot be read/) });
    expect(connectionTestOf({ ...form, values: { ...form.values, apiKey: 'sk-again' } }, unreadable).kind).toBe('input');
  });

  it('tests changed settings only with the secret typed in, since a stored one cannot go to /test', () => {
    const changed = { ...draftOf(TEAM_OPENAI), headersText: '{"X-Team": "b"}' };

    expect(connectionTestOf(changed, TEAM_OPENAI).kind).toBe('blocked');
    const typed = { ...changed, values: { ...changed.values, apiKey: 'sk-again' } };
    expect(connectionTestOf(typed, TEAM_OPENAI)).toMatchObject({
      kind: 'input',
      input: { config: { auth: { type: 'api_key', apiKey: 'sk-again' }, headers: { 'X-Team': 'b' } } },
    });
  });
});

describe('server errors', () => {
  const problem = (status: number, extensions: Record<string, unknown>, detail?: string): ProblemDetails => ({
    type: 'urn:switchboard:problem:validation',
    title: 'Invalid request',
    status,
    detail,
    extensions,
  });

  it('puts each 422 error on its field and keeps the rest', () => {
    const { fields, rest } = serverFieldErrors(
      problem(422, {
        errors: [
          { field: 'config.auth.apiKey', message: 'must not be blank' },
          { field: 'config.baseUrl', message: 'must be an http or https URL' },
          { field: 'config.headers.Host', message: 'cannot be set' },
          { field: 'config.auth.type', message: 'not taken by anthropic' },
          { field: 'name', message: 'is a built-in provider key' },
          { field: 'config.region', message: 'not taken by openai' },
          { field: 'config.unknown', message: 'unknown' },
        ],
      }),
    );

    expect(fields).toEqual({
      apiKey: ['API key must not be blank'],
      baseUrl: ['Base URL must be an http or https URL'],
      headers: ['Host cannot be set'],
      authType: ['Authentication not taken by anthropic'],
      name: ['Name is a built-in provider key'],
      region: ['AWS region not taken by openai'],
    });
    expect(rest).toEqual(['config.unknown unknown']);
  });

  it('puts a duplicate name (409) on the name', () => {
    expect(serverFieldErrors(problem(409, {}, 'A custom provider named team exists already.')).fields).toEqual({
      name: ['A custom provider named team exists already.'],
    });
  });
});
