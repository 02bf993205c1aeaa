import { useEffect, useSyncExternalStore } from 'react';
import { CREDENTIAL_STORE_KEY, createCredentialStore, type CredentialSnapshot } from './credentialStore';

/** The one store the app uses. */
export const browserCredentials = createCredentialStore();

/** The browser-held credentials, kept in sync with other tabs. */
export function useBrowserCredentials(): CredentialSnapshot {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === CREDENTIAL_STORE_KEY) browserCredentials.refresh();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return useSyncExternalStore(browserCredentials.subscribe, browserCredentials.getSnapshot);
}
