package io.busbar.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header (RFC 7617), as OCPP security
 * profiles 1 and 2 send them: user name = charger identity. {@link #toString()} never shows the password.
 */
record BasicCredentials(String user, String password) {
    private static final String SCHEME = "Basic ";

    /**
     * @return empty when there is no header or it uses another scheme
     * @throws IllegalArgumentException when it claims to be Basic but is not valid base64 of {@code user:password}
     */
    static Optional<BasicCredentials> parse(String authorizationHeader) {
        if (authorizationHeader == null
                || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(SCHEME.length()).trim()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':'); // RFC 7617: the user-id cannot contain a colon, the password can
        if (colon < 0) {
            throw new IllegalArgumentException("Basic credentials without a colon");
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + ", password=***]";
    }
}
