import { useEffect, useMemo, useState } from 'react';
import { customProviderModelsResource, useCustomProviders } from '../../shared/api/customProviders';
import { customModelGroups } from './modelCatalog';

/**
 * The custom providers as model picker groups, each with the models the server suggests for it
 * (loaded once per provider; until then, or if that fails, any model name can still be typed).
 */
export function useCustomModelGroups() {
  const state = useCustomProviders();
  const providers = 'data' in state ? state.data : undefined;
  const [models, setModels] = useState<Readonly<Record<string, readonly string[]>>>({});
  const ids = (providers ?? []).map((provider) => provider.id).join(' ');

  useEffect(() => {
    let live = true;
    for (const id of ids.split(' ').filter(Boolean)) {
      const resource = customProviderModelsResource(id);
      void resource.load().then(() => {
        const loaded = resource.getState();
        if (live && loaded.status === 'ready') setModels((known) => ({ ...known, [id]: loaded.data }));
      });
    }
    return () => {
      live = false;
    };
  }, [ids]);

  const groups = useMemo(() => customModelGroups(providers ?? [], models), [providers, models]);
  return { state, groups };
}
