import { Callout, Code, Flex, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import type { FieldError, Problem, ProblemDetails } from '../api';
import { isRecord } from '../lang';

/** The contract's problem members shown here. The body is untrusted: each is checked before use. */
type Shown = Pick<{ readonly [K in keyof Problem]?: unknown }, 'provider' | 'upstreamStatus' | 'invocationId' | 'errors'>;

/** A problem shown the way people read it: the title, the detail, and the useful extensions. */
export function ProblemCallout({ problem }: { problem: ProblemDetails }) {
  const { provider, upstreamStatus, invocationId, errors }: Shown = problem.extensions;
  const fieldErrors: ReadonlyArray<{ readonly [K in keyof FieldError]?: unknown }> = Array.isArray(errors)
    ? errors.filter(isRecord)
    : [];
  const facts = [
    problem.status > 0 ? `HTTP ${problem.status}` : null,
    typeof provider === 'string' ? `provider ${provider}` : null,
    typeof upstreamStatus === 'number' ? `upstream status ${upstreamStatus}` : null,
  ].filter(Boolean);
  return (
    <Callout.Root color="red" role="alert" size="1">
      <Callout.Icon>
        <ExclamationTriangleIcon />
      </Callout.Icon>
      <Flex direction="column" gap="1">
        <Text as="p" weight="bold" size="2">
          {problem.title}
        </Text>
        {problem.detail ? (
          <Text as="p" size="2">
            {problem.detail}
          </Text>
        ) : null}
        {fieldErrors.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
            {fieldErrors.map((error, index) => (
              <li key={index}>
                <Text size="2">
                  {typeof error.field === 'string' ? <Code>{error.field}</Code> : null} {String(error.message ?? '')}
                </Text>
              </li>
            ))}
          </ul>
        ) : null}
        {facts.length > 0 || typeof invocationId === 'string' ? (
          <Text as="p" size="1" color="gray">
            {facts.join(' · ')}
            {typeof invocationId === 'string' ? ` · invocation ${invocationId}` : null}
          </Text>
        ) : null}
      </Flex>
    </Callout.Root>
  );
}
