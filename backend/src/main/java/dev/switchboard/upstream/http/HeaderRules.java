package dev.switchboard.upstream.http;

import dev.switchboard.common.problem.ProblemDetail.FieldError;
import dev.switchboard.common.problem.ProblemException;
import dev.switchboard.common.problem.ProblemType;
import dev.switchboard.model.Sdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rules for the custom headers a user adds to upstream calls (the {@code headers} JSON object).
 * <p>
 * Names must be RFC 9110 tokens, unique ignoring case. Values may hold visible ASCII, space and tab
 * only: no CR, LF, NUL or other controls (header injection), and no obs-text either, because RFC 9110
 * tells senders to stay in US-ASCII and Vert.x would encode other characters as Latin-1 while upstreams
 * disagree on how to read them. Some names can never be set (see {@link #reason}). Problems name the
 * header, never its value: users put credentials for their proxies in custom headers.
 * <p>
 * Merge rule ({@link #merge}): a provider client's ordinary defaults ({@code User-Agent},
 * {@code Accept}, {@code OpenAI-Organization}, {@code anthropic-beta}, …) can be overridden — adjusting
 * them is what custom headers are for. Headers the client owns (its credentials, signature and protocol
 * version, e.g. {@code anthropic-version}) cannot: naming one is the same 422 as a forbidden name.
 */
public final class HeaderRules {

    /** The JSON member of the invocation request that holds custom headers. */
    public static final String FIELD = "headers";
    public static final int MAX_HEADERS = 64;
    public static final int MAX_VALUE_LENGTH = 8 * 1024;
    private static final int MAX_NAME_LENGTH = 256;

    private static final Set<String> CREDENTIALS = Set.of(
            "authorization", "proxy-authorization", "api-key", "x-api-key", "x-goog-api-key");
    private static final Set<String> CONNECTION = Set.of(
            "host", "content-length", "transfer-encoding", "connection", "keep-alive", "proxy-connection",
            "te", "trailer", "upgrade", "expect");
    private static final Set<String> BODY = Set.of("content-type", "content-encoding");
    /** Every x-amz-* header is either signed by SigV4 (date, token, content hash) or changes its meaning. */
    private static final String AWS_PREFIX = "x-amz-";
    private static final String PROXY_PREFIX = "proxy-";

    private HeaderRules() {
    }

    /** Why the name can never be a custom header, or null if it can be. */
    static String reason(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (CREDENTIALS.contains(lower)) {
            return "carries credentials, which Switchboard sets from the credential settings";
        }
        if (CONNECTION.contains(lower) || lower.startsWith(PROXY_PREFIX)) {
            return "belongs to the HTTP connection, which Switchboard manages";
        }
        if (BODY.contains(lower)) {
            return "describes the request body, which Switchboard writes";
        }
        if (lower.startsWith(AWS_PREFIX)) {
            return "is part of the AWS request signature, which Switchboard computes";
        }
        return null;
    }

    /** Anthropic's protocol version header, which its client sets. */
    public static final String ANTHROPIC_VERSION = "anthropic-version";
    /** Headers a protocol's client always sets besides the credentials: a custom provider cannot carry them. */
    private static final Map<Sdk, Set<String>> PROTOCOL_OWNED = Map.of(Sdk.ANTHROPIC, Set.of(ANTHROPIC_VERSION));

    /**
     * {@link #validate(String, Map)}, and none of the headers the protocol's client sets itself: for headers
     * stored ahead of any call (a custom provider's), so that the clash is refused where it is made.
     */
    public static Map<String, String> validate(String field, Sdk sdk, Map<String, String> custom) {
        Map<String, String> valid = validate(field, custom);
        refuseOwned(field, valid, PROTOCOL_OWNED.getOrDefault(sdk, Set.of()), "the " + sdk.wireName() + " client");
        return valid;
    }

    /** 422 for every custom header that {@code client} sets itself ({@code owned}, any case). */
    private static void refuseOwned(String field, Map<String, String> valid, Collection<String> owned, String client) {
        List<FieldError> clashes = valid.keySet().stream()
                .filter(name -> owned.stream().anyMatch(name::equalsIgnoreCase))
                .map(name -> new FieldError(field + "." + name, "is set by " + client + " and cannot be overridden"))
                .toList();
        if (!clashes.isEmpty()) {
            throw rejected(clashes);
        }
    }

    /** Validates with {@link #FIELD} as the JSON path in problems. */
    public static Map<String, String> validate(Map<String, String> custom) {
        return validate(FIELD, custom);
    }

    /**
     * Checks every rule and reports all violations in one 422 problem.
     *
     * @param field the JSON path of the headers object, for the problem's {@code errors}
     * @return the headers as given (insertion order), with optional whitespace around values removed
     * @throws ProblemException of type {@link ProblemType#VALIDATION}
     */
    public static Map<String, String> validate(String field, Map<String, String> custom) {
        if (custom == null || custom.isEmpty()) {
            return Map.of();
        }
        List<FieldError> errors = new ArrayList<>();
        if (custom.size() > MAX_HEADERS) {
            errors.add(new FieldError(field, "at most " + MAX_HEADERS + " custom headers are allowed"));
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> valid = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : custom.entrySet()) {
            String name = header.getKey();
            String problem = nameProblem(name);
            if (problem == null && !seen.add(name.toLowerCase(Locale.ROOT))) {
                problem = "is given more than once (header names ignore case)";
            }
            if (problem == null) {
                problem = valueProblem(header.getValue());
            }
            if (problem == null) {
                valid.put(name, trimOws(header.getValue()));
            } else {
                errors.add(new FieldError(field + "." + printable(name), problem));
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        return valid;
    }

    /**
     * The headers to send: the client's defaults, overridden by the custom headers, then the headers
     * the client owns, which always win. Validates the custom headers first.
     *
     * @param defaults headers the client sends unless the user overrides them
     * @param custom   the user's custom headers (unvalidated is fine)
     * @param owned    credentials, signature inputs and protocol version headers of this client
     * @return a map with case-insensitive keys
     * @throws ProblemException 422 when a custom header breaks a rule or names an owned header
     */
    public static Map<String, String> merge(Map<String, String> defaults, Map<String, String> custom,
                                            Map<String, String> owned) {
        Map<String, String> valid = validate(custom);
        refuseOwned(FIELD, valid, owned.keySet(), "the provider client");
        Map<String, String> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        putAll(merged, defaults);
        putAll(merged, valid);
        putAll(merged, owned);
        return merged;
    }

    /**
     * Validated headers {@code over} laid over {@code base} (a custom provider's own headers): a name in
     * both, in any case, takes the value and spelling of {@code over}.
     */
    public static Map<String, String> overlay(Map<String, String> base, Map<String, String> over) {
        if (base.isEmpty()) {
            return over;
        }
        Map<String, String> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        putAll(merged, base);
        putAll(merged, over);
        return merged;
    }

    private static void putAll(Map<String, String> target, Map<String, String> source) {
        for (Map.Entry<String, String> header : source.entrySet()) {
            target.remove(header.getKey()); // so that the later spelling of the name is the one sent
            target.put(header.getKey(), header.getValue());
        }
    }

    private static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "a header name is empty";
        }
        if (name.length() > MAX_NAME_LENGTH || !name.chars().allMatch(HeaderRules::isTokenChar)) {
            return "is not a valid header name (RFC 9110 token characters only)";
        }
        String reason = reason(name);
        return reason == null ? null : "cannot be set: it " + reason;
    }

    private static String valueProblem(String value) {
        if (value == null) {
            return "has no value";
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return "value is longer than " + MAX_VALUE_LENGTH + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c == ' ' || c == '\t' || (c >= 0x21 && c <= 0x7E))) {
                return "value may contain only visible ASCII characters, spaces and tabs"
                        + " (no line breaks or control characters)";
            }
        }
        return null;
    }

    private static ProblemException rejected(List<FieldError> errors) {
        String names = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return new ProblemException(ProblemType.VALIDATION, "Invalid custom headers: " + names + ".", errors);
    }

    /** tchar from RFC 9110 section 5.6.2. */
    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String trimOws(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    /** An invalid name made safe to show: control characters escaped, length bounded. */
    private static String printable(String name) {
        if (name == null) {
            return "(null)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 80; i++) {
            char c = name.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return name.length() > 80 ? out + "…" : out.toString();
    }
}
