export { api, createApiClient } from './apiClient';
export type { ApiClient, ApiClientOptions, ApiRequestInit, FetchFn } from './apiClient';
export { CLIENT_PROBLEM_TYPES, ProblemError, isProblemMediaType, readProblem } from './problem';
export type { ProblemDetails, ProblemSource } from './problem';
export { readSse, SseParser } from '../sse/sseParser';
export type { SseMessage } from '../sse/sseParser';
