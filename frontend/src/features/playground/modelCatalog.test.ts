// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { OPENAI, TEAM_BEDROCK, TEAM_OPENAI } from '../../test/fixtures';
import { builtinModelGroups, customModelGroups, describeModel, findGroup } from './modelCatalog';
import { capabilitiesOf } from './providerCapabilities';

describe('custom provider groups', () => {
  const unreadable = { ...TEAM_BEDROCK, status: 'unreadable' as const };
  const groups = [
    ...builtinModelGroups([OPENAI], {}),
    ...customModelGroups([TEAM_OPENAI, unreadable], { [TEAM_OPENAI.id]: ['gpt-4o'] }),
  ];

  it('makes one group per custom provider, named by it, after the built-in ones', () => {
    expect(groups.map((group) => [group.kind, group.label, group.models])).toEqual([
      ['builtin', 'OpenAI', ['gpt-4o-mini', 'gpt-4o']],
      ['custom', 'team-openai', ['gpt-4o']],
      ['custom', 'team-bedrock', []],
    ]);
  });

  it('refers to a custom provider by id, so a rename keeps the choice', () => {
    const ref = groups[1]!.refFor('any-typed-model');

    expect(ref).toEqual({ kind: 'custom', customProviderId: TEAM_OPENAI.id, model: 'any-typed-model' });
    const renamed = customModelGroups([{ ...TEAM_OPENAI, name: 'research-openai' }], {});
    expect(describeModel(renamed, ref)).toBe('research-openai · any-typed-model');
    expect(describeModel([], ref)).toBe('Custom provider · any-typed-model');
  });

  it('is not ready while the server cannot decrypt its secrets', () => {
    expect(groups.slice(1).map((group) => group.ready)).toEqual([true, false]);
  });

  it('takes its parameters from the custom provider and offers no connection overrides', () => {
    const bedrock = findGroup(groups, { kind: 'custom', customProviderId: TEAM_BEDROCK.id, model: 'm' });
    const supports = capabilitiesOf(bedrock?.capabilities);

    expect([...supports.parameters]).toEqual(['temperature', 'maxTokens', 'topP', 'stop']);
    expect(supports.maxTemperature).toBe(1);
    expect(supports.connection.size).toBe(0);
    expect(bedrock?.customProvider).toBe(unreadable);
    expect(bedrock?.provider).toBeNull();
  });
});
