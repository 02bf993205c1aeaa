// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { CREDENTIAL_STORE_KEY, createCredentialStore, migrateCredentialDocument } from './credentialStore';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

function storages() {
  return { local: new MemoryStorage(), session: new MemoryStorage() };
}

function stored(storage: Storage) {
  return JSON.parse(storage.getItem(CREDENTIAL_STORE_KEY) ?? 'null');
}

describe('credential store', () => {
  it('keeps values keyed by provider and credential name in a versioned local-storage document', () => {
    const { local, session } = storages();
    const store = createCredentialStore({ local, session });

    store.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-one');
    store.setCredential('AZURE_OPENAI', 'AZURE_OPENAI_ENDPOINT', 'https://x.openai.azure.com');

    expect(stored(local)).toEqual({
      version: 1,
      sessionOnly: false,
      providers: {
        OPENAI: { OPENAI_API_KEY: 'sk-one' },
        AZURE_OPENAI: { AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com' },
      },
    });
    expect(createCredentialStore({ local, session }).getSnapshot().providers.OPENAI).toEqual({
      OPENAI_API_KEY: 'sk-one',
    });
  });

  it('gives an invocation only the non-empty values of the invoked provider', () => {
    const store = createCredentialStore(storages());
    store.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-openai');
    store.setCredential('ANTHROPIC', 'ANTHROPIC_API_KEY', 'sk-ant');
    store.setCredential('OPENAI', 'OPENAI_API_VERSION', '');

    expect(store.credentialsFor('OPENAI')).toEqual({ OPENAI_API_KEY: 'sk-openai' });
    expect(store.credentialsFor('GOOGLE')).toEqual({});
  });

  it('removes a value set to empty, clears one provider, and clears everything', () => {
    const { local, session } = storages();
    const store = createCredentialStore({ local, session });
    store.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-1');
    store.setCredential('AWS', 'AWS_ACCESS_KEY_ID', 'AKIA');
    store.setCredential('AWS', 'AWS_SECRET_ACCESS_KEY', 'secret');

    store.setCredential('AWS', 'AWS_ACCESS_KEY_ID', '');
    expect(store.getSnapshot().providers.AWS).toEqual({ AWS_SECRET_ACCESS_KEY: 'secret' });

    store.clearProvider('AWS');
    expect(stored(local).providers).toEqual({ OPENAI: { OPENAI_API_KEY: 'sk-1' } });

    store.clearAll();
    expect(stored(local).providers).toEqual({});
  });

  it('moves the values to session storage for "this session only" and back', () => {
    const { local, session } = storages();
    const store = createCredentialStore({ local, session });
    store.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk-1');

    store.setSessionOnly(true);

    expect(stored(local)).toEqual({ version: 1, sessionOnly: true, providers: {} });
    expect(stored(session)).toEqual({ version: 1, providers: { OPENAI: { OPENAI_API_KEY: 'sk-1' } } });
    expect(createCredentialStore({ local, session }).getSnapshot()).toEqual({
      sessionOnly: true,
      providers: { OPENAI: { OPENAI_API_KEY: 'sk-1' } },
    });
    expect(createCredentialStore({ local, session: new MemoryStorage() }).getSnapshot()).toEqual({
      sessionOnly: true,
      providers: {},
    });

    store.setSessionOnly(false);

    expect(stored(local).providers).toEqual({ OPENAI: { OPENAI_API_KEY: 'sk-1' } });
    expect(session.getItem(CREDENTIAL_STORE_KEY)).toBeNull();
  });

  it('notifies subscribers on every change', () => {
    const store = createCredentialStore(storages());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk');
    unsubscribe();
    store.clearAll();

    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('starts empty on corrupt storage and keeps working without storage at all', () => {
    const { local, session } = storages();
    local.setItem(CREDENTIAL_STORE_KEY, '{not json');

    expect(createCredentialStore({ local, session }).getSnapshot()).toEqual({ sessionOnly: false, providers: {} });

    const memoryOnly = createCredentialStore({ local: null, session: null });
    memoryOnly.setCredential('OPENAI', 'OPENAI_API_KEY', 'sk');
    expect(memoryOnly.credentialsFor('OPENAI')).toEqual({ OPENAI_API_KEY: 'sk' });
  });
});

describe('migrateCredentialDocument', () => {
  it('migrates the unversioned layout (version 0) to version 1, dropping values that are not strings', () => {
    expect(
      migrateCredentialDocument({ OPENAI: { OPENAI_API_KEY: 'sk-old', BAD: 42 }, ANTHROPIC: 'not-an-object' }),
    ).toEqual({ version: 1, sessionOnly: false, providers: { OPENAI: { OPENAI_API_KEY: 'sk-old' } } });
  });

  it('reads version 1 as it is', () => {
    expect(
      migrateCredentialDocument({ version: 1, sessionOnly: true, providers: { GOOGLE: { GEMINI_API_KEY: 'g' } } }),
    ).toEqual({ version: 1, sessionOnly: true, providers: { GOOGLE: { GEMINI_API_KEY: 'g' } } });
  });

  it('does not claim a document from a newer version or something that is not ours', () => {
    expect(migrateCredentialDocument({ version: 2, providers: {} })).toBeNull();
    expect(migrateCredentialDocument(['x'])).toBeNull();
    expect(migrateCredentialDocument('sk-raw')).toBeNull();
  });

  it('migrates a stored unversioned document on first write', () => {
    const { local, session } = storages();
    local.setItem(CREDENTIAL_STORE_KEY, JSON.stringify({ OPENAI: { OPENAI_API_KEY: 'sk-old' } }));
    const store = createCredentialStore({ local, session });

    store.setCredential('XAI', 'XAI_API_KEY', 'xai');

    expect(stored(local)).toEqual({
      version: 1,
      sessionOnly: false,
      providers: { OPENAI: { OPENAI_API_KEY: 'sk-old' }, XAI: { XAI_API_KEY: 'xai' } },
    });
  });
});
