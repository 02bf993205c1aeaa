import { Button, Flex, Spinner, Text } from '@radix-ui/themes';
import type { RemoteState } from '../store/createRemoteResource';
import { ProblemCallout } from './ProblemCallout';

/**
 * What a settings page shows for the list it is about while there is nothing to list: a spinner
 * while it loads, or the problem and a Try again button when it failed.
 */
export function RemoteStatus<T>({
  state,
  reload,
  loadingText,
}: {
  state: RemoteState<T>;
  reload: () => Promise<void>;
  loadingText: string;
}) {
  if (state.status === 'error') {
    return (
      <Flex direction="column" gap="2" align="start" mb="3">
        <ProblemCallout problem={state.error} />
        <Button variant="soft" onClick={() => void reload()}>
          Try again
        </Button>
      </Flex>
    );
  }
  if ('data' in state && state.data !== undefined) return null;
  return (
    <Flex gap="2" align="center">
      <Spinner /> <Text>{loadingText}</Text>
    </Flex>
  );
}
