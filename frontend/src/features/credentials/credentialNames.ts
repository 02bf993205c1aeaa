/** Credential names whose values are settings rather than secrets, so they are shown in clear. */
const NOT_SECRET = /(_ENDPOINT|_VERSION|_REGION|_BASE_URL)$/;

export function isSecretCredential(name: string): boolean {
  return !NOT_SECRET.test(name);
}
