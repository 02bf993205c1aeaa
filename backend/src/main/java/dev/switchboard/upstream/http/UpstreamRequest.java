package dev.switchboard.upstream.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;

import java.util.Map;

/**
 * One HTTP call to a provider.
 *
 * @param provider the provider's name, for problems ({@code openai}, {@code anthropic}, …)
 * @param url      absolute URL, already checked by the egress guard
 * @param headers  final headers, from {@link HeaderRules#merge}
 * @param body     the request body, or null
 * @param scrubber every secret used for this call, to clean the provider's error messages
 * @param streamed whether the provider streams its answer; a whole answer (false) comes only when it is
 *                 complete, so the wait for it is bounded by the overall timeout, not the idle timeout
 */
public record UpstreamRequest(String provider, HttpMethod method, String url, Map<String, String> headers,
                              Buffer body, Scrubber scrubber, boolean streamed) {
}
