import { AlertDialog, Button, Flex } from '@radix-ui/themes';
import { useState, type ReactNode } from 'react';
import { ProblemError } from '../api/problem';
import { ProblemCallout } from './ProblemCallout';

interface DeleteButtonProps {
  /** What is deleted, e.g. "support-bot": named in the button's accessible name and the title. */
  name: string;
  /** What deleting it takes with it, and that it cannot be undone. */
  consequences: ReactNode;
  /** Deletes; a 404 counts as done (deleted meanwhile, from another tab or instance). */
  onDelete: () => Promise<void>;
  /** Once it is gone (also when it was gone already), e.g. to leave its page. */
  onDeleted?: () => void;
  /** After the delete, or its failure: reload what showed the item. */
  onSettled?: () => void | Promise<void>;
  size?: '1' | '2';
}

/** Delete, after a confirmation that names the item; a failure is shown in the dialog. */
export function DeleteButton({ name, consequences, onDelete, onDeleted, onSettled, size = '1' }: DeleteButtonProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  async function remove() {
    setBusy(true);
    setProblem(null);
    try {
      await onDelete();
      setOpen(false);
      onDeleted?.();
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      if (error.status !== 404) {
        setProblem(error);
      } else {
        setOpen(false);
        onDeleted?.();
      }
    } finally {
      setBusy(false);
      await onSettled?.();
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setProblem(null);
      }}
    >
      <AlertDialog.Trigger>
        <Button size={size} variant="soft" color="red" aria-label={`Delete ${name}`}>
          Delete
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Content maxWidth="28rem">
        <AlertDialog.Title>Delete {name}?</AlertDialog.Title>
        <AlertDialog.Description size="2">{consequences}</AlertDialog.Description>
        {problem ? (
          <Flex mt="3">
            <ProblemCallout problem={problem} />
          </Flex>
        ) : null}
        <Flex gap="3" mt="4" justify="end">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray">
              Cancel
            </Button>
          </AlertDialog.Cancel>
          <Button color="red" loading={busy} onClick={() => void remove()}>
            Delete
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
