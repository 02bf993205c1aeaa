import type { CustomProviderAuthType, Sdk } from '../api/types';

/** The sdks as people name them: the settings page and the playground's routing summary show them. */
export const SDK_LABELS: Readonly<Record<Sdk, string>> = {
  openai: 'OpenAI',
  azure_openai: 'Azure OpenAI',
  anthropic: 'Anthropic',
  google_genai: 'Google Gemini',
  aws_bedrock: 'AWS Bedrock',
};

export const AUTH_TYPE_LABELS: Readonly<Record<CustomProviderAuthType, string>> = {
  api_key: 'API key',
  azure_ad_client_secret: 'Entra ID client secret',
  default_credentials: 'Server identity (default credentials)',
  access_keys: 'Access keys',
  bearer_token: 'Bearer token',
};
