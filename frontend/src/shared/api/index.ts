export { api, createApiClient } from './apiClient';
export type { ApiClient, ApiClientOptions, FetchFn } from './apiClient';
export type { RequestOptions } from './pathTypes';
export { CLIENT_PROBLEM_TYPES, ProblemError, isProblemMediaType, readProblem } from './problem';
export type { ProblemDetails, ProblemSource } from './problem';
export type * from './types';
export { readSse, SseParser } from '../sse/sseParser';
export type { SseMessage } from '../sse/sseParser';
