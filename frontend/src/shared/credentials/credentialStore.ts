/**
 * The browser's own credentials: values typed into the API Keys menu, kept in local storage (or
 * session storage for "this session only"), keyed by provider and credential name — the name is
 * the environment variable the server would read (`OPENAI_API_KEY`, ...). They are sent only to
 * this backend, only in invocation requests, and only for the provider being invoked.
 *
 * The stored document is versioned; older layouts are migrated when read.
 */

import { isRecord, parseJson } from '../lang';

export const CREDENTIAL_STORE_KEY = 'switchboard.credentials';
export const CREDENTIAL_STORE_VERSION = 1;

/** provider key → credential name → value */
export type ProviderCredentials = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface CredentialSnapshot {
  /** True when values live in session storage and are forgotten when the browser session ends. */
  readonly sessionOnly: boolean;
  readonly providers: ProviderCredentials;
}

/** The local-storage document. In session-only mode `providers` is empty and the values live in
 *  session storage under the same key as `{ version, providers }`. */
interface StoredCredentialsV1 {
  version: 1;
  sessionOnly: boolean;
  providers: Record<string, Record<string, string>>;
}

const EMPTY: CredentialSnapshot = { sessionOnly: false, providers: {} };

/**
 * Reads a stored document of any known version. Returns null for something that is not ours or is
 * newer than this code understands (left alone rather than overwritten by a read).
 *
 * Version 0 is the unversioned layout, a bare `{ provider: { NAME: value } }` object.
 */
export function migrateCredentialDocument(raw: unknown): StoredCredentialsV1 | null {
  if (!isRecord(raw)) return null;
  if (!('version' in raw)) {
    return { version: 1, sessionOnly: false, providers: cleanProviders(raw) };
  }
  if (raw.version === 1) {
    return { version: 1, sessionOnly: raw.sessionOnly === true, providers: cleanProviders(raw.providers) };
  }
  return null;
}

export interface CredentialStore {
  getSnapshot(): CredentialSnapshot;
  subscribe(listener: () => void): () => void;
  /** Sets one value; an empty value removes it. */
  setCredential(provider: string, name: string, value: string): void;
  clearProvider(provider: string): void;
  clearAll(): void;
  /** Moves the stored values between local and session storage. */
  setSessionOnly(sessionOnly: boolean): void;
  /** The non-empty values for one provider: what an invocation of that provider may carry. */
  credentialsFor(provider: string): Record<string, string>;
  /** Re-reads storage (another tab changed it). */
  refresh(): void;
}

export interface CredentialStoreOptions {
  local?: Storage | null;
  session?: Storage | null;
}

export function createCredentialStore(options: CredentialStoreOptions = {}): CredentialStore {
  const local = options.local === undefined ? storageOrNull('localStorage') : options.local;
  const session = options.session === undefined ? storageOrNull('sessionStorage') : options.session;
  const listeners = new Set<() => void>();
  let snapshot = read();

  function read(): CredentialSnapshot {
    const document = migrateCredentialDocument(parseStored(local));
    if (!document) return EMPTY;
    if (!document.sessionOnly) return { sessionOnly: false, providers: document.providers };
    const sessionDocument = parseStored(session);
    const providers = isRecord(sessionDocument) ? cleanProviders(sessionDocument.providers) : {};
    return { sessionOnly: true, providers };
  }

  function write(next: CredentialSnapshot) {
    const providers = pruneEmpty(next.providers);
    const stored: StoredCredentialsV1 = {
      version: CREDENTIAL_STORE_VERSION,
      sessionOnly: next.sessionOnly,
      providers: next.sessionOnly ? {} : providers,
    };
    try {
      local?.setItem(CREDENTIAL_STORE_KEY, JSON.stringify(stored));
      if (next.sessionOnly) {
        session?.setItem(CREDENTIAL_STORE_KEY, JSON.stringify({ version: CREDENTIAL_STORE_VERSION, providers }));
      } else {
        session?.removeItem(CREDENTIAL_STORE_KEY);
      }
    } catch {
      // Storage full or blocked: the values still work for this page.
    }
    snapshot = { sessionOnly: next.sessionOnly, providers };
    listeners.forEach((listener) => listener());
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setCredential(provider, name, value) {
      const current = { ...(snapshot.providers[provider] ?? {}) };
      if (value === '') delete current[name];
      else current[name] = value;
      write({ ...snapshot, providers: { ...snapshot.providers, [provider]: current } });
    },
    clearProvider(provider) {
      const providers = { ...snapshot.providers };
      delete providers[provider];
      write({ ...snapshot, providers });
    },
    clearAll() {
      write({ ...snapshot, providers: {} });
    },
    setSessionOnly(sessionOnly) {
      write({ ...snapshot, sessionOnly });
    },
    credentialsFor(provider) {
      return pickNonEmpty(snapshot.providers[provider]);
    },
    refresh() {
      snapshot = read();
      listeners.forEach((listener) => listener());
    },
  };
}

function pickNonEmpty(values: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {})) if (value !== '') result[name] = value;
  return result;
}

function pruneEmpty(providers: ProviderCredentials): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const [provider, values] of Object.entries(providers)) {
    const kept = pickNonEmpty(values);
    if (Object.keys(kept).length > 0) result[provider] = kept;
  }
  return result;
}

function cleanProviders(value: unknown): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  if (!isRecord(value)) return result;
  for (const [provider, values] of Object.entries(value)) {
    if (!isRecord(values)) continue;
    const kept: Record<string, string> = {};
    for (const [name, credential] of Object.entries(values)) {
      if (typeof credential === 'string' && credential !== '') kept[name] = credential;
    }
    if (Object.keys(kept).length > 0) result[provider] = kept;
  }
  return result;
}

function parseStored(storage: Storage | null): unknown {
  const text = storage?.getItem(CREDENTIAL_STORE_KEY);
  return text ? parseJson(text) : undefined;
}

function storageOrNull(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[name];
  } catch {
    return null;
  }
}
