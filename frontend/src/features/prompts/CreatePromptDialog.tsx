import { Button, Dialog, Flex, TextArea } from '@radix-ui/themes';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemError } from '../../shared/api';
import { createPrompt } from '../../shared/api/prompts';
import { promptHref } from '../../shared/prompts/links';
import { nameProblem } from '../../shared/prompts/names';
import { FieldFrame, TextInput } from '../../shared/ui/FieldFrame';
import { ProblemCallout } from '../../shared/ui/ProblemCallout';

/** Creates a prompt without versions and goes to its page; its first version is saved from the playground. */
export function CreatePromptDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [saving, setSaving] = useState(false);
  const nameError = nameProblem(name.trim());

  async function create() {
    setChecked(true);
    if (nameError) return;
    setSaving(true);
    setProblem(null);
    try {
      const trimmed = description.trim();
      const prompt = await createPrompt({ name: name.trim(), ...(trimmed ? { description: trimmed } : {}) });
      navigate(promptHref(prompt.name));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      setProblem(error);
      setSaving(false);
    }
  }

  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Content maxWidth="32rem">
        <Dialog.Title>New prompt</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          A name for scripts to call it by. Its versions are saved from the playground.
        </Dialog.Description>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <Flex direction="column" gap="4">
            <TextInput
              label="Name"
              hint="Lower-case letters, digits, - and _, e.g. support-bot."
              value={name}
              errors={checked && nameError ? [nameError] : []}
              onChange={setName}
            />
            <FieldFrame label="Description" optional errors={[]}>
              {(props) => <TextArea {...props} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />}
            </FieldFrame>
            {problem ? <ProblemCallout problem={problem} /> : null}
            <Flex justify="end" gap="3">
              <Dialog.Close>
                <Button type="button" variant="soft" color="gray">
                  Cancel
                </Button>
              </Dialog.Close>
              <Button type="submit" loading={saving}>
                Create prompt
              </Button>
            </Flex>
          </Flex>
        </form>
      </Dialog.Content>
    </Dialog.Root>
  );
}
