/**
 * The server's rule for a URL a user chooses (a base URL, an Azure endpoint; backend
 * common/validation/HttpUrls): absolute http or https with a host, no user-info, no fragment.
 * Checked in the browser too, so the mistake shows beside the field before anything is sent.
 */

/** What is wrong with the URL, as a sentence naming the field; null when it is fine. */
export function httpUrlProblem(text: string, label: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return `${label} is not a valid URL.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${label} must start with http:// or https://.`;
  if (url.hostname === '') return `${label} needs a host.`;
  if (url.username !== '' || url.password !== '') return `${label} must not contain a user name or password.`;
  // `new URL` drops an empty fragment from `hash`, so look at the text itself.
  if (text.includes('#')) return `${label} must not contain a fragment (#…).`;
  return null;
}
