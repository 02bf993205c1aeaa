import type { CredentialSource, Provider, SecretSummary } from '../api/types';

/** Where a value for a credential is available, in the order the server would use them. */
export type Availability = 'browser' | 'secret' | 'secret_unreadable' | 'environment' | 'ambient';

export const AVAILABILITY_LABELS: Readonly<Record<Availability, string>> = {
  browser: 'this browser',
  secret: 'server secret',
  secret_unreadable: 'server secret (unreadable)',
  environment: 'server environment',
  ambient: 'ambient',
};

/** The invocation's `credentialSources` values, as the user reads them. */
export const CREDENTIAL_SOURCE_LABELS: Readonly<Record<CredentialSource, string>> = {
  request: 'browser',
  secret: 'server secret',
  environment: 'server environment',
  custom_provider: 'custom provider',
  ambient: 'ambient',
};

export interface CredentialAvailability {
  readonly name: string;
  readonly required: boolean;
  readonly availability: readonly Availability[];
}

/**
 * For each credential of a provider, where a value is available: this browser's store, a stored
 * secret (or one the server can no longer decrypt), the server environment, the ambient chain.
 */
export function credentialAvailability(
  provider: Provider,
  browserValues: Readonly<Record<string, string>>,
  secrets: readonly SecretSummary[] | undefined,
): CredentialAvailability[] {
  const secretStatus = new Map((secrets ?? []).map((secret) => [secret.key, secret.status]));
  return provider.credentials.map((credential) => {
    const availability: Availability[] = [];
    if (browserValues[credential.name]) availability.push('browser');
    const status = secretStatus.get(credential.name);
    if (status === 'unreadable') availability.push('secret_unreadable');
    else if (status === 'ok' || credential.sources.includes('secret')) availability.push('secret');
    if (credential.sources.includes('environment')) availability.push('environment');
    if (credential.sources.includes('ambient')) availability.push('ambient');
    return { name: credential.name, required: credential.required, availability };
  });
}

/**
 * Whether a run of this provider has what it needs: every required credential has a usable value
 * somewhere (an unreadable secret does not count), or the server says so.
 */
export function providerReady(provider: Provider, browserValues: Readonly<Record<string, string>>): boolean {
  if (provider.credentialsSet) return true;
  return provider.credentials
    .filter((credential) => credential.required)
    .every((credential) => Boolean(browserValues[credential.name]) || credential.sources.length > 0);
}
