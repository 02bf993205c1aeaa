import { Text } from '@radix-ui/themes';

/** Several problems with one thing, one per line, in red. */
export function ErrorList({ id, errors }: { id?: string; errors: readonly string[] }) {
  return (
    <ul id={id} style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {errors.map((error) => (
        <li key={error}>
          <Text size="1" color="red">
            {error}
          </Text>
        </li>
      ))}
    </ul>
  );
}
