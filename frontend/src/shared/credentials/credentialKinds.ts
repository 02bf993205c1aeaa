import type { ProviderCredential } from '../api/types';

type HasKind = Pick<ProviderCredential, 'kind'>;

/**
 * Whether a credential's value is secret material, to be masked. The server says what each one
 * carries: an `endpoint` (where requests go) or a `setting` (an API version, a region) is shown in
 * clear; any other kind, or none, is treated as a key.
 */
export function isSecretCredential(credential: HasKind): boolean {
  return credential.kind !== 'endpoint' && credential.kind !== 'setting';
}

/** What a credential that is not a key holds, said beside its name; null for a key. */
export function credentialKindLabel(credential: HasKind): string | null {
  if (credential.kind === 'endpoint') return 'endpoint';
  if (credential.kind === 'setting') return 'setting';
  return null;
}
