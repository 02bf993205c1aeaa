package dev.switchboard.common.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule for a base URL or endpoint that a client supplies (a request's connection override, a custom
 * provider's configuration): an absolute {@code http} or {@code https} URL with a host, without
 * user-info (credentials in a URL end up in logs) and without a fragment (it would never be sent).
 * Checked before the URL is resolved or connected to.
 */
public final class HttpUrls {

    private HttpUrls() {
    }

    /**
     * Why the URL cannot be used, or null when it can. The reason never quotes the URL, which may carry
     * a password in its user-info.
     */
    public static String problem(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL; this one cannot be parsed";
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || uri.isOpaque()) {
            return "must be an absolute http or https URL, e.g. https://api.example.com/v1";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "must use http or https, not " + scheme;
        }
        if (uri.getRawUserInfo() != null) {
            return "must not contain user-info (user:password@); send credentials as credentials";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "must name a host";
        }
        if (uri.getRawFragment() != null) {
            return "must not contain a fragment (#…)";
        }
        return null;
    }
}
