package dev.switchboard.upstream.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How Switchboard talks to providers. Durations take {@code 10s}, {@code 500ms}, {@code 10m} or ISO-8601. */
@ConfigMapping(prefix = "switchboard.upstream")
public interface UpstreamConfig {

    /** Longest wait for a connection (TCP and TLS handshake) to a provider. */
    @WithDefault("10s")
    Duration connectTimeout();

    /**
     * Longest silence from a provider: before the response starts and between two chunks of it.
     * Reasoning models can think for a while before the first token, so keep this generous.
     */
    @WithDefault("60s")
    Duration idleTimeout();

    /** Longest an upstream call may take, from sending the request to the last byte of the response. */
    @WithDefault("10m")
    Duration overallTimeout();

    /** Largest server-sent event (all its lines) accepted from a provider; a larger one fails the call. */
    @WithDefault("1M")
    MemorySize maxEventSize();

    /**
     * Largest whole answer (a provider's non-streamed response, asked for in JSON mode) accepted; a larger
     * one fails the call. Streamed answers have no overall limit, only {@link #maxEventSize()} per event.
     */
    @WithDefault("16M")
    MemorySize maxAnswerSize();

    /**
     * Whether a caller that wants the whole answer (JSON mode) has it asked for in one response where the
     * protocol allows it (Chat Completions). False: every call streams, and JSON mode joins the events,
     * which keeps the idle timeout watching the provider while it generates.
     */
    @WithDefault("true")
    boolean wholeAnswers();

    /** How much of a non-2xx reply is read to find the provider's error message; the rest is dropped. */
    @WithDefault("64K")
    MemorySize maxErrorBodySize();

    /**
     * Most connections open at once to one provider host; further calls wait for a free one (and fail
     * with upstream-timeout after the connect timeout). Every stream holds its HTTP/1.1 connection for
     * its whole length, so this is the ceiling on concurrent calls to one provider: keep it well above
     * the expected number of concurrent streams (the benchmark holds 2,000).
     */
    @WithDefault("4096")
    int maxPoolSize();
}
