package io.busbar.webhooks.internal;

import io.busbar.webhooks.InvalidWebhookException;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Which URLs a subscription may have: absolute https (events carry session and billing data, and the signature
 * does not hide them), or http to loopback (local development), or any http when {@code busbar.webhooks.allow-http}
 * is set. No user info: credentials in a URL end up in logs.
 */
final class UrlPolicy {
    private static final int MAX_LENGTH = 2000;

    private UrlPolicy() {
    }

    static void check(URI url, boolean allowHttp) {
        if (url.toString().length() > MAX_LENGTH) {
            throw new InvalidWebhookException("url", "at most " + MAX_LENGTH + " characters");
        }
        if (!url.isAbsolute() || url.getHost() == null || url.getHost().isBlank()) {
            throw new InvalidWebhookException("url", "an absolute URL with a host, e.g. https://example.com/hooks");
        }
        if (url.getRawUserInfo() != null) {
            throw new InvalidWebhookException("url", "no user info (credentials) in the URL");
        }
        if (url.getRawFragment() != null) {
            throw new InvalidWebhookException("url", "no fragment");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && (allowHttp || loopback(url.getHost()))) {
            return;
        }
        throw new InvalidWebhookException("url", scheme.equals("http")
                ? "must be https (http only to localhost)" : "must be https");
    }

    private static boolean loopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Literal addresses only: no name lookup (it could change between the check and the send).
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
