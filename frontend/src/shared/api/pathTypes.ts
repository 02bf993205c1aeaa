/**
 * Types that read an openapi-typescript `paths` interface, so that the api client accepts only the
 * contract's paths and methods, with their request bodies and path parameters, and returns their
 * success bodies.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The paths that offer this method. */
export type PathWith<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { readonly [K in M]: object } ? P : never;
}[keyof Paths] &
  string;

export type Operation<Paths, P extends keyof Paths, M extends HttpMethod> = Paths[P] extends {
  readonly [K in M]: infer Op;
}
  ? Op
  : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206;

/** The JSON of a success answer; `undefined` for one without a body (204). */
export type SuccessBody<Op> = Op extends { readonly responses: infer R }
  ? {
      [S in keyof R]: S extends SuccessStatus
        ? R[S] extends { readonly content: { readonly 'application/json': infer Body } }
          ? Body
          : undefined
        : never;
    }[keyof R]
  : never;

/** The JSON request body. */
export type RequestBody<Op> = Op extends {
  readonly requestBody?: { readonly content: { readonly 'application/json': infer Body } };
}
  ? Body
  : never;

type PathParams<Op> = Op extends { readonly parameters: { readonly path: infer Params } } ? Params : never;

/** The query parameters, all optional in the contracts we have; never when the operation takes none. */
type QueryParams<Op> = Op extends { readonly parameters: { readonly query?: infer Query } }
  ? Exclude<Query, undefined>
  : never;

/**
 * fetch options, plus `params` to fill the path's `{placeholders}` when it has any, and `query`
 * when the operation takes query parameters.
 */
export type RequestOptions<Op> = Omit<RequestInit, 'body' | 'method'> &
  ([PathParams<Op>] extends [never] ? { readonly params?: never } : { readonly params: PathParams<Op> }) &
  ([QueryParams<Op>] extends [never] ? { readonly query?: never } : { readonly query?: QueryParams<Op> });

/** The options argument: required when the path has parameters to fill. */
export type OptionsArg<Op> = [PathParams<Op>] extends [never]
  ? [options?: RequestOptions<Op>]
  : [options: RequestOptions<Op>];

/** The POST paths that can answer with an event stream. */
export type EventStreamPath<Paths> = {
  [P in PathWith<Paths, 'post'>]: Operation<Paths, P, 'post'> extends {
    readonly responses: { readonly 200: { readonly content: { readonly 'text/event-stream': unknown } } };
  }
    ? P
    : never;
}[PathWith<Paths, 'post'>];
