import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ProblemError, type PromptVersion } from '../../shared/api';
import { getPrompt, getVersion } from '../../shared/api/prompts';
import { playgroundHref, readPlaygroundLink, type PlaygroundLink } from '../../shared/prompts/links';

export type OpenLinkState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly link: PlaygroundLink }
  | { readonly status: 'failed'; readonly link: PlaygroundLink; readonly problem: ProblemError };

/**
 * Opens the prompt version an "Open in playground" link names (`?prompt=…&version=…|tag=…`): loads
 * it, hands it to `open` (null for a prompt without versions), then drops the query so that a reload
 * does not open it again over the user's edits.
 */
export function useOpenPromptLink(open: (version: PromptVersion | null, link: PlaygroundLink) => void): OpenLinkState {
  const [search, setSearch] = useSearchParams();
  const link = readPlaygroundLink(search);
  const key = link ? playgroundHref(link) : null;
  const [state, setState] = useState<OpenLinkState>({ status: 'idle' });
  const openRef = useRef(open);
  openRef.current = open;

  // Keyed by the link's text: `link` is a new object at each render, the same link for the same key.
  useEffect(() => {
    const wanted = link;
    if (!wanted) return;
    const controller = new AbortController();
    setState({ status: 'loading', link: wanted });
    fetchLinked(wanted, controller.signal)
      .then((version) => {
        if (controller.signal.aborted) return;
        openRef.current(version, wanted);
        setState({ status: 'idle' });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ProblemError)) throw error;
        setState({ status: 'failed', link: wanted, problem: error });
      })
      .finally(() => {
        if (!controller.signal.aborted) setSearch({}, { replace: true });
      });
    return () => controller.abort();
  }, [key, setSearch]);

  return state;
}

async function fetchLinked(link: PlaygroundLink, signal: AbortSignal): Promise<PromptVersion | null> {
  if (link.tag !== undefined) return getVersion(link.prompt, { tag: link.tag }, signal);
  if (link.version !== undefined) return getVersion(link.prompt, { version: link.version }, signal);
  const prompt = await getPrompt(link.prompt, signal);
  return prompt.latestVersion == null ? null : getVersion(link.prompt, { version: prompt.latestVersion }, signal);
}
