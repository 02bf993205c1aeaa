import { Button, Dialog, Flex } from '@radix-ui/themes';
import type { ReactNode } from 'react';

interface FormDialogProps {
  title: string;
  description: ReactNode;
  maxWidth?: string;
  /** The submit button's text. */
  submit: string;
  busy: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog holding one form: title, what it is for, the fields, then Cancel and the submit button. */
export function FormDialog({ title, description, maxWidth = '32rem', submit, busy, onSubmit, onClose, children }: FormDialogProps) {
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Content maxWidth={maxWidth}>
        <Dialog.Title>{title}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          {description}
        </Dialog.Description>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <Flex direction="column" gap="4">
            {children}
            <Flex justify="end" gap="3">
              <Dialog.Close>
                <Button type="button" variant="soft" color="gray">
                  Cancel
                </Button>
              </Dialog.Close>
              <Button type="submit" loading={busy}>
                {submit}
              </Button>
            </Flex>
          </Flex>
        </form>
      </Dialog.Content>
    </Dialog.Root>
  );
}
