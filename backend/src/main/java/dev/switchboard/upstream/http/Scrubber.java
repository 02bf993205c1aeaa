package dev.switchboard.upstream.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text that came back from a provider (error messages echo keys, sometimes
 * half-masked) before it reaches a client or a log. Built per call from every secret value used for it:
 * API keys, tokens, secret access keys, and custom header values (users put proxy keys there).
 * Also redacts anything shaped like a bearer token or a well-known key, in case a provider echoes a
 * credential we did not send (an upstream proxy's own key).
 */
public final class Scrubber {

    public static final String REDACTED = "[redacted]";

    private static final Pattern KEY_SHAPES = Pattern.compile(String.join("|",
            "(?<bearer>(?i:bearer)\\s+)[A-Za-z0-9._~+/=-]+",
            "\\bsk-[A-Za-z0-9_*-]{6,}",                 // OpenAI, Anthropic (sk-ant-), DeepSeek; masked too
            "\\bAIza[0-9A-Za-z_-]{20,}",                  // Google API keys
            "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b",            // AWS access key ids
            "\\b(?:xai|gsk|pplx|csk)[-_][A-Za-z0-9]{16,}")); // xAI, Groq, Perplexity, Cerebras

    private static final Scrubber NONE = new Scrubber(List.of());

    /** Longest first, so that a secret containing another is replaced whole. */
    private final List<String> secrets;

    public Scrubber(Collection<String> secretValues) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secretValues) {
            if (secret != null && !secret.isBlank()) {
                forms.add(secret);
                // Keys also travel in query strings (Gemini's ?key=) and come back URL-encoded.
                forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            }
        }
        this.secrets = forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A scrubber that knows no secrets and still redacts key shapes. */
    public static Scrubber none() {
        return NONE;
    }

    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, REDACTED);
        }
        Matcher m = KEY_SHAPES.matcher(result);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String bearer = m.group("bearer");
            m.appendReplacement(out, Matcher.quoteReplacement((bearer == null ? "" : bearer) + REDACTED));
        }
        m.appendTail(out);
        return out.toString();
    }
}
