package dev.switchboard.upstream.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.common.problem.Problems;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * The one table from an upstream failure to a problem, for every provider.
 * <pre>
 * upstream status        problem type             our status  why
 * 400, 413, 422          upstream-rejected        400         the request (ours, built from the client's) was refused
 *                                                             (but Google's 400 API_KEY_INVALID is upstream-authentication)
 * 401, 403               upstream-authentication  502         the credentials are wrong; a 401 would read as "log in to Switchboard"
 * 404                    model-not-found          404         the client named a model (or base URL) that does not exist: fix, do not retry
 * 408, 504, timeouts     upstream-timeout         504
 * 429                    upstream-rate-limited    429         Retry-After kept
 * 503, 529               upstream-unavailable     503         provider overloaded (529 is Anthropic's); Retry-After kept
 * other 5xx, others      upstream-error           502         including 3xx: redirects are not followed (egress guard)
 * </pre>
 * The provider's own message is included after scrubbing credentials and is cut to a readable length.
 */
public final class UpstreamStatus {

    static final int MAX_MESSAGE_LENGTH = 500;
    /** The google.rpc.ErrorInfo reason of a wrong Gemini API key. */
    private static final String GOOGLE_INVALID_KEY = "\"API_KEY_INVALID\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UpstreamStatus() {
    }

    public static ProblemType typeFor(int status) {
        return switch (status) {
            case 400, 413, 422 -> ProblemType.UPSTREAM_REJECTED;
            case 401, 403 -> ProblemType.UPSTREAM_AUTHENTICATION;
            case 404 -> ProblemType.MODEL_NOT_FOUND;
            case 408, 504 -> ProblemType.UPSTREAM_TIMEOUT;
            case 429 -> ProblemType.UPSTREAM_RATE_LIMITED;
            case 503, 529 -> ProblemType.UPSTREAM_UNAVAILABLE;
            default -> ProblemType.UPSTREAM_ERROR;
        };
    }

    /**
     * A non-2xx reply, with the body read so far (bounded) from which the provider's message is taken.
     * One exception to the status table: Google answers a wrong API key with 400 INVALID_ARGUMENT and
     * the reason {@code API_KEY_INVALID}; that is a credentials failure (upstream-authentication, 502),
     * not a request we built wrongly.
     */
    public static UpstreamException fromReply(String provider, int status, String retryAfter, String body,
                                              Scrubber scrubber) {
        UpstreamException problem = fromStatus(provider, status, retryAfter, providerMessage(body), scrubber);
        return status == 400 && body != null && body.contains(GOOGLE_INVALID_KEY)
                ? new UpstreamException(ProblemType.UPSTREAM_AUTHENTICATION, problem.detail(), provider, status, null)
                : problem;
    }

    /**
     * @param retryAfter      the Retry-After header (seconds or an HTTP date), or null
     * @param providerMessage the provider's error text, unscrubbed, or null
     */
    public static UpstreamException fromStatus(String provider, int status, String retryAfter,
                                               String providerMessage, Scrubber scrubber) {
        ProblemType type = typeFor(status);
        String message = clean(providerMessage, scrubber);
        String detail = name(provider) + " answered HTTP " + status
                + (message == null || message.isEmpty() ? "." : ": " + message);
        Long seconds = Problems.keepsRetryAfter(type.status()) ? retryAfterSeconds(retryAfter, Clock.systemUTC()) : null;
        return new UpstreamException(type, detail, provider, status, seconds);
    }

    /** No data for the idle timeout, or no end within the overall timeout. */
    public static UpstreamException timeout(String provider, String what, Duration after) {
        return new UpstreamException(ProblemType.UPSTREAM_TIMEOUT,
                name(provider) + " " + what + " within " + format(after) + ".", provider, null, null);
    }

    /**
     * A call that failed below HTTP. Exception messages are not used: they can hold the request URI,
     * and Gemini's carries the key in its query string.
     */
    public static UpstreamException fromTransport(String provider, Throwable failure) {
        if (failure instanceof UpstreamException upstream) {
            return upstream.provider() == null ? upstream.withProvider(provider) : upstream;
        }
        String reason;
        ProblemType type = ProblemType.UPSTREAM_ERROR;
        if (failure instanceof TimeoutException || failure instanceof io.netty.channel.ConnectTimeoutException) {
            type = ProblemType.UPSTREAM_TIMEOUT;
            reason = "did not answer in time";
        } else if (failure instanceof UnknownHostException) {
            reason = "could not be reached: unknown host";
        } else if (failure instanceof ConnectException) {
            reason = "could not be reached: connection refused";
        } else if (failure instanceof SSLException) {
            reason = "could not be reached: the TLS handshake failed";
        } else if (failure instanceof io.vertx.core.http.HttpClosedException) {
            reason = "closed the connection before the response was complete";
        } else {
            reason = "could not be called";
        }
        return new UpstreamException(type, name(provider) + " " + reason + ".", provider, null, null);
    }

    /**
     * The human message in a provider's error body: {@code error.message} (OpenAI, Azure, Anthropic,
     * Gemini, also as a one-element array), {@code error} as a string (Ollama), {@code message} or
     * {@code Message} (Bedrock, Cohere, Mistral), with the error code when there is one. Plain text
     * is used as is; HTML pages (proxies) are left out.
     */
    public static String providerMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String trimmed = body.strip();
        if (trimmed.startsWith("<")) {
            return null;
        }
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return trimmed;
        }
        try {
            JsonNode root = JSON.readTree(trimmed);
            if (root.isArray() && !root.isEmpty()) {
                root = root.get(0);
            }
            JsonNode error = root.path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            JsonNode holder = error.isObject() ? error : root;
            String message = firstText(holder, "message", "Message", "detail", "error_description");
            String code = firstText(holder, "code", "type", "status");
            if (message == null) {
                return code;
            }
            return code == null || message.contains(code) ? message : message + " (" + code + ")";
        } catch (Exception e) {
            return trimmed; // not JSON after all
        }
    }

    static Long retryAfterSeconds(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return (long) Math.max(0, Math.ceil(Double.parseDouble(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(clock.instant(), at.toInstant()).toSeconds());
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    /**
     * A provider's own message as problems quote it, from a reply or from inside a stream: without
     * credentials and cut to a readable length; null stays null.
     */
    static String clean(String providerMessage, Scrubber scrubber) {
        // Scrub before cutting: a cut could split a secret so that it no longer matches.
        return providerMessage == null ? null : cut(scrubber.scrub(providerMessage.strip()));
    }

    private static String cut(String message) {
        return message.length() <= MAX_MESSAGE_LENGTH ? message : message.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    private static String name(String provider) {
        return "The upstream " + (provider == null ? "provider" : provider);
    }

    private static String format(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + " ms";
        }
        long s = d.toSeconds();
        return s % 60 == 0 && s > 0 ? (s / 60) + " min" : s + " s";
    }
}
