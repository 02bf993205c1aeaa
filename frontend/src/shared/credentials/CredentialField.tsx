import { Badge, Flex, Text } from '@radix-ui/themes';
import { useId, type ReactNode } from 'react';
import type { ProviderCredential } from '../api/types';
import { MaskedInput } from '../ui/MaskedInput';
import { credentialKindLabel, isSecretCredential } from './credentialKinds';

interface CredentialFieldProps {
  credential: ProviderCredential;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
  /** Beside the name, e.g. whether the server stores a value. */
  status?: ReactNode;
  /** Between the name and the input, e.g. a warning about the stored value. */
  notice?: ReactNode;
  /** After the input, e.g. a Delete button. */
  action?: ReactNode;
}

/**
 * One credential's input, labelled by its name. A key is masked; an endpoint or a setting is shown
 * in clear and says which it is (outside the label, so the field's name stays the credential's).
 */
export function CredentialField({ credential, value, placeholder, onChange, status, notice, action }: CredentialFieldProps) {
  const id = useId();
  const kind = credentialKindLabel(credential);
  return (
    <Flex direction="column" gap="1">
      <Flex justify="between" align="center" gap="2">
        <Flex align="center" gap="2">
          <Text as="label" htmlFor={id} size="2" weight="medium">
            <code>{credential.name}</code>
            {credential.required ? null : (
              <Text size="1" color="gray">
                {' '}
                (optional)
              </Text>
            )}
          </Text>
          {kind ? (
            <Badge id={`${id}-kind`} size="1" color="gray" variant="outline">
              {kind}
            </Badge>
          ) : null}
        </Flex>
        {status}
      </Flex>
      {notice}
      <Flex gap="2" align="center">
        <div style={{ flex: 1 }}>
          <MaskedInput
            id={id}
            label={credential.name}
            value={value}
            secret={isSecretCredential(credential)}
            placeholder={placeholder}
            describedBy={kind ? `${id}-kind` : undefined}
            onChange={onChange}
          />
        </div>
        {action}
      </Flex>
    </Flex>
  );
}
