// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { credentialKindLabel, isSecretCredential } from './credentialKinds';

describe('credential kinds', () => {
  it('masks keys and credentials of an unknown or missing kind, not endpoints and settings', () => {
    expect(isSecretCredential({ kind: 'key' })).toBe(true);
    expect(isSecretCredential({})).toBe(true);
    expect(isSecretCredential({ kind: 'certificate' })).toBe(true);
    expect(isSecretCredential({ kind: 'endpoint' })).toBe(false);
    expect(isSecretCredential({ kind: 'setting' })).toBe(false);
  });

  it('labels only what is not a key', () => {
    expect(credentialKindLabel({ kind: 'key' })).toBeNull();
    expect(credentialKindLabel({ kind: 'endpoint' })).toBe('endpoint');
    expect(credentialKindLabel({ kind: 'setting' })).toBe('setting');
  });
});
