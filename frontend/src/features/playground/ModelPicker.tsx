import { Badge, Box, Button, Flex, Popover, Text, TextField } from '@radix-ui/themes';
import { ChevronDownIcon, MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { describeModel, findGroup, type ModelGroup } from './modelCatalog';
import type { ModelRef } from './playgroundState';

const GROUP_BADGES: Readonly<
  Record<ModelGroup['kind'], Record<'ready' | 'notReady', { text: string; color: 'green' | 'gray' | 'amber' }>>
> = {
  builtin: { ready: { text: 'credentials set', color: 'green' }, notReady: { text: 'needs a key', color: 'gray' } },
  custom: { ready: { text: 'custom provider', color: 'green' }, notReady: { text: 'unreadable secrets', color: 'amber' } },
};

interface ModelPickerProps {
  groups: readonly ModelGroup[];
  value: ModelRef | null;
  onChange: (ref: ModelRef) => void;
  /** Distinguishes the pickers of side-by-side instances for assistive technology. */
  label: string;
  loading?: boolean;
}

/**
 * Models grouped by provider, with each provider's credential status; custom providers follow, one
 * group each, under their own heading. Any model name can be typed: a name no provider lists is
 * used with the provider chosen for it.
 */
export function ModelPicker({ groups, value, onChange, label, loading = false }: ModelPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const needle = typed.toLowerCase();
  const current = findGroup(groups, value);

  function choose(ref: ModelRef) {
    onChange(ref);
    setOpen(false);
    setQuery('');
  }

  function onEnter() {
    if (typed === '') return;
    for (const group of groups) {
      const match = group.models.find((model) => model.toLowerCase() === needle);
      if (match) return choose(group.refFor(match));
    }
    const target = current ?? groups[0];
    if (target) choose(target.refFor(typed));
  }

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger>
        <Button variant="surface" color="gray" aria-label={`${label}: ${describeModel(groups, value)}`} style={{ maxWidth: '100%' }}>
          <Text truncate>{describeModel(groups, value)}</Text>
          <ChevronDownIcon />
        </Button>
      </Popover.Trigger>
      <Popover.Content width="22rem" maxWidth="calc(100vw - 2rem)" aria-label={`${label} options`}>
        <Flex direction="column" gap="2">
          <TextField.Root
            aria-label="Search or type a model name"
            placeholder="Search or type any model name"
            value={query}
            autoFocus
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                onEnter();
              }
            }}
          >
            <TextField.Slot>
              <MagnifyingGlassIcon />
            </TextField.Slot>
          </TextField.Root>
          {loading && groups.length === 0 ? <Text size="2">Loading providers…</Text> : null}
          {!loading && groups.length === 0 ? (
            <Text size="2" color="gray">
              No providers available.
            </Text>
          ) : null}
          <Box className="model-picker__list">
            {groups.map((group, index) => {
              const models = group.models.filter((model) => model.toLowerCase().includes(needle));
              const exact = group.models.some((model) => model.toLowerCase() === needle);
              const firstCustom = group.kind === 'custom' && groups[index - 1]?.kind !== 'custom';
              const badge = GROUP_BADGES[group.kind][group.ready ? 'ready' : 'notReady'];
              // A custom provider lists no models until they load, and any name may be typed for it.
              if (models.length === 0 && typed === '' && group.kind === 'builtin') return null;
              return (
                <Box key={group.id}>
                  {firstCustom ? (
                    <Text as="div" size="1" weight="bold" className="model-picker__section">
                      Custom providers
                    </Text>
                  ) : null}
                  <Box role="group" aria-label={group.label} mb="2">
                    <Flex align="center" gap="2" px="2" py="1">
                      <Text size="1" weight="bold" color="gray">
                        {group.label}
                      </Text>
                      <Badge size="1" color={badge.color} variant="soft">
                        {badge.text}
                      </Badge>
                      {typed !== '' && !exact ? (
                        <Button
                          size="1"
                          variant="ghost"
                          ml="auto"
                          aria-label={`Use ${typed} with ${group.label}`}
                          onClick={() => choose(group.refFor(typed))}
                        >
                          Use “{typed}”
                        </Button>
                      ) : null}
                    </Flex>
                    {models.map((model) => {
                      const selected = value !== null && current?.id === group.id && value.model === model;
                      return (
                        <button
                          key={model}
                          type="button"
                          className="model-picker__option"
                          aria-label={`${model} (${group.label})`}
                          aria-current={selected ? 'true' : undefined}
                          onClick={() => choose(group.refFor(model))}
                        >
                          {model}
                        </button>
                      );
                    })}
                  </Box>
                </Box>
              );
            })}
          </Box>
        </Flex>
      </Popover.Content>
    </Popover.Root>
  );
}
