import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Provider } from '../../shared/api';
import { ANTHROPIC, AZURE_OPENAI, BEDROCK, GEMINI, OPENAI } from '../../test/fixtures';
import { renderWithTheme } from '../../test/renderApp';
import { ModelSettings } from './ModelSettings';
import { newInstance, type InstanceDraft } from './playgroundState';

function renderFor(provider: Provider | null, instance: Partial<InstanceDraft> = {}) {
  renderWithTheme(
    <ModelSettings instance={{ ...newInstance(), ...instance }} capabilities={provider} customProvider={null} onChange={vi.fn()} />,
  );
}

const reasoningEffort = () => screen.queryByRole('combobox', { name: 'Reasoning effort (reasoning models)' });

describe('ModelSettings shows what the server says the provider supports', () => {
  it.each([
    ['Anthropic', ANTHROPIC],
    ['Google Gemini', GEMINI],
    ['OpenAI', OPENAI],
  ])('offers reasoning effort for %s', (_name, provider) => {
    renderFor(provider);

    expect(reasoningEffort()).toBeInTheDocument();
  });

  it('offers AWS Bedrock no reasoning effort and no seed, but its region and a base URL', () => {
    renderFor(BEDROCK);

    expect(reasoningEffort()).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Seed')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Temperature')).toBeInTheDocument();
    expect(screen.getByLabelText('Stop sequences (one per line)')).toBeInTheDocument();
    expect(screen.getByLabelText('AWS region')).toBeInTheDocument();
    expect(screen.getByLabelText('Base URL')).toHaveAttribute(
      'placeholder',
      'provider default, https://bedrock-runtime.{region}.amazonaws.com',
    );
  });

  it('offers Anthropic no seed', () => {
    renderFor(ANTHROPIC);
    expect(screen.queryByLabelText('Seed')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Max tokens')).toBeInTheDocument();
  });

  it('offers OpenAI a seed and a base URL, and no region or Azure endpoint', () => {
    renderFor(OPENAI);

    expect(screen.getByLabelText('Seed')).toBeInTheDocument();
    expect(screen.getByLabelText('Base URL')).toBeInTheDocument();
    expect(screen.queryByLabelText('AWS region')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Azure endpoint')).not.toBeInTheDocument();
  });

  it.each([
    ['OpenAI', OPENAI],
    ['Google Gemini', GEMINI],
  ])('offers %s frequency and presence penalties', (_name, provider) => {
    renderFor(provider);

    expect(screen.getByLabelText('Frequency penalty')).toBeInTheDocument();
    expect(screen.getByLabelText('Presence penalty')).toBeInTheDocument();
  });

  it.each([
    ['Anthropic', ANTHROPIC],
    ['AWS Bedrock', BEDROCK],
  ])('offers %s no penalties', (_name, provider) => {
    renderFor(provider);

    expect(screen.queryByLabelText('Frequency penalty')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Presence penalty')).not.toBeInTheDocument();
  });

  it('offers Azure OpenAI its endpoint instead of a base URL', () => {
    renderFor(AZURE_OPENAI);

    expect(screen.getByLabelText('Azure endpoint')).toBeInTheDocument();
    expect(screen.queryByLabelText('Base URL')).not.toBeInTheDocument();
  });

  it('offers a provider the list does not describe the common parameters and a base URL', () => {
    renderFor(null);

    for (const label of ['Temperature', 'Max tokens', 'Top P', 'Stop sequences (one per line)', 'Base URL']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.queryByLabelText('Seed')).not.toBeInTheDocument();
    expect(reasoningEffort()).not.toBeInTheDocument();
  });

  it('follows the list, not the provider key: a provider without parameters gets none', () => {
    renderFor({ ...OPENAI, parameters: [], parametersByApiType: { chat_completions: [], responses: [] }, connection: [] });

    expect(screen.queryByLabelText('Temperature')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Base URL')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Custom headers (JSON object)')).toBeInTheDocument();
  });

  it('follows the chosen API type: OpenAI’s Responses API shows no seed or stop sequences', () => {
    renderFor(OPENAI, { apiType: 'responses' });

    expect(screen.getByLabelText('Temperature')).toBeInTheDocument();
    expect(screen.queryByLabelText('Seed')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Stop sequences (one per line)')).not.toBeInTheDocument();
  });
});
