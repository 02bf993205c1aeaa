package dev.switchboard.model;

/**
 * A routing override ({@code connection.*} of a request) that a provider accepts. The constants are
 * spelt as the request's members, so they serialise as they are.
 */
public enum ConnectionField { baseUrl, azureEndpoint, region }
