/** The contract's rule for prompt and tag names: they appear in URLs and scripts, so they are identifiers. */
const NAME = /^[a-z0-9][a-z0-9_-]{0,127}$/;

/** What is wrong with a prompt or tag name, or null when it is valid. */
export function nameProblem(name: string): string | null {
  if (name === '') return 'Enter a name.';
  if (NAME.test(name)) return null;
  return name.length > 128
    ? 'At most 128 characters.'
    : 'Lower-case letters, digits, - and _ only, starting with a letter or digit.';
}
