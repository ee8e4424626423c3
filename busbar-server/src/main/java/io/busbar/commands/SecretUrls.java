package io.busbar.commands;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Masks what a URL may carry as a credential before it is logged or stored: the password of its user info,
 * query values, and long random-looking path segments (one-time tokens such as Busbar's upload and download links).
 */
public final class SecretUrls {
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_\\-]{24,}");
    private static final String MASK = "***";

    private SecretUrls() {
    }

    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return MASK; // not parseable: keep nothing rather than a secret
        }
        StringBuilder masked = new StringBuilder();
        if (uri.getScheme() != null) {
            masked.append(uri.getScheme()).append(':');
        }
        if (uri.getRawAuthority() != null) {
            masked.append("//");
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                masked.append(colon < 0 ? userInfo : userInfo.substring(0, colon) + ":" + MASK).append('@');
            }
            masked.append(uri.getHost() == null ? "" : uri.getHost());
            if (uri.getPort() >= 0) {
                masked.append(':').append(uri.getPort());
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        masked.append(java.util.Arrays.stream(path.split("/", -1))
                .map(segment -> TOKEN_LIKE.matcher(segment).matches() ? MASK : segment)
                .collect(java.util.stream.Collectors.joining("/")));
        if (uri.getRawQuery() != null) {
            masked.append('?').append(uri.getRawQuery().replaceAll("=([^&]*)", "=" + MASK));
        }
        return masked.toString();
    }
}
