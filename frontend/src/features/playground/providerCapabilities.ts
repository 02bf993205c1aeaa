import type { ApiType, ConnectionField, CustomProvider, InvocationParameter, Provider } from '../../shared/api';

/**
 * What decides an instance's controls: a built-in provider as `GET /api/v1/providers` lists it, or
 * a custom provider, which describes its parameters and API types the same way.
 */
export type CapabilitySource = Pick<
  Provider,
  'apiTypes' | 'defaultApiType' | 'parameters' | 'parametersByApiType' | 'maxTemperature' | 'connection' | 'defaultBaseUrl'
>;

/**
 * Which controls an instance offers, from what the provider supports for the chosen API type. The
 * request sends only these, so a value typed for another provider (or API type) is kept but not sent.
 */
export interface Capabilities {
  readonly parameters: ReadonlySet<InvocationParameter>;
  readonly connection: ReadonlySet<ConnectionField>;
  /** The highest temperature the provider takes. */
  readonly maxTemperature: number;
}

/**
 * For a provider the list does not describe (still loading, an older server): the parameters
 * every built-in provider honours, and a base URL.
 */
const UNKNOWN_PROVIDER: Capabilities = {
  parameters: new Set<InvocationParameter>(['temperature', 'maxTokens', 'topP', 'stop']),
  connection: new Set<ConnectionField>(['baseUrl']),
  maxTemperature: 2,
};

/** A custom provider's capabilities. It takes no connection overrides: its routing is its own. */
export function customCapabilities(provider: CustomProvider): CapabilitySource {
  return {
    apiTypes: provider.apiTypes,
    defaultApiType: provider.defaultApiType,
    parameters: provider.parameters,
    parametersByApiType: provider.parametersByApiType,
    maxTemperature: provider.maxTemperature,
    connection: [],
  };
}

/** @param apiType the instance's choice; null means the provider's default */
export function capabilitiesOf(provider: CapabilitySource | null | undefined, apiType: ApiType | null = null): Capabilities {
  const effectiveApiType = apiType ?? provider?.defaultApiType;
  const parameters =
    (effectiveApiType ? provider?.parametersByApiType?.[effectiveApiType] : undefined) ?? provider?.parameters;
  return {
    parameters: parameters ? new Set(parameters) : UNKNOWN_PROVIDER.parameters,
    connection: provider?.connection ? new Set(provider.connection) : UNKNOWN_PROVIDER.connection,
    maxTemperature: provider?.maxTemperature ?? UNKNOWN_PROVIDER.maxTemperature,
  };
}
