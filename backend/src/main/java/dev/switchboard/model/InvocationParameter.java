package dev.switchboard.model;

/**
 * An invocation parameter ({@code parameters.*} of a request) that a provider may honour. The constants
 * are spelt as the request's members, so they serialise as they are.
 */
public enum InvocationParameter { temperature, maxTokens, topP, stop, seed, reasoningEffort }
