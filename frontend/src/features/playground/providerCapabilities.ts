import type { ConnectionField, InvocationParameter, Provider } from '../../shared/api';

/**
 * Which controls an instance offers, from what `GET /api/v1/providers` says the provider supports.
 * The request sends only these, so a value typed for another provider is kept but not sent.
 */
export interface Capabilities {
  readonly parameters: ReadonlySet<InvocationParameter>;
  readonly connection: ReadonlySet<ConnectionField>;
}

/**
 * For a provider the list does not describe (still loading, a custom provider, an older server):
 * the parameters every built-in provider honours, and a base URL.
 */
const UNKNOWN_PROVIDER: Capabilities = {
  parameters: new Set<InvocationParameter>(['temperature', 'maxTokens', 'topP', 'stop']),
  connection: new Set<ConnectionField>(['baseUrl']),
};

export function capabilitiesOf(provider: Provider | null | undefined): Capabilities {
  return {
    parameters: provider?.parameters ? new Set(provider.parameters) : UNKNOWN_PROVIDER.parameters,
    connection: provider?.connection ? new Set(provider.connection) : UNKNOWN_PROVIDER.connection,
  };
}
