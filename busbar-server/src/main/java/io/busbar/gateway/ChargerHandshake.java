package io.busbar.gateway;

import io.busbar.gateway.ChargerAuthenticator.ConnectAttempt;
import io.busbar.gateway.ChargerAuthenticator.ConnectDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriUtils;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the WebSocket upgrade of {@code /ocpp/{identity}} before it happens: the identity must be 1 to 48
 * characters (else HTTP 400), HTTP Basic credentials must name that identity (else 401), and every
 * {@link ChargerAuthenticator} must accept (401 or 404 otherwise; none registered = accept all).
 */
final class ChargerHandshake implements HandshakeInterceptor {
    private static final Logger log = LoggerFactory.getLogger(ChargerHandshake.class);
    static final String PATH_PREFIX = "/ocpp/";
    private static final int MAX_IDENTITY_LENGTH = 48; // OCPP-J 1.6 §3.1.1; OCPP 2.0.1: identity is identifierString(48)

    private final List<ChargerAuthenticator> authenticators;

    ChargerHandshake(List<ChargerAuthenticator> authenticators) {
        this.authenticators = List.copyOf(authenticators);
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        String identity = identityOf(request);
        if (identity == null) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }
        String remoteAddress = remoteAddressOf(request);
        Optional<BasicCredentials> credentials;
        try {
            credentials = BasicCredentials.parse(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        } catch (IllegalArgumentException e) {
            log.info("Refused charger {} from {}: malformed Basic credentials", identity, remoteAddress);
            return unauthorized(response);
        }
        if (credentials.isPresent() && !credentials.get().user().equals(identity)) {
            log.info("Refused charger {} from {}: Basic user name differs from the identity", identity, remoteAddress);
            return unauthorized(response);
        }
        boolean secure = isSecure(request);
        var attempt = new ConnectAttempt(identity, credentials.map(BasicCredentials::password).orElse(null), secure,
                remoteAddress);
        ConnectDecision decision;
        try {
            decision = decide(attempt);
        } catch (RuntimeException e) {
            log.error("Authenticating {} failed", attempt, e);
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            return false;
        }
        switch (decision) {
            case ACCEPT -> {
                attributes.put(HandshakeInfo.ATTRIBUTE, new HandshakeInfo(identity, secure, remoteAddress));
                return true;
            }
            case REJECT_UNAUTHORIZED -> {
                log.info("Refused {}: unauthorized", attempt);
                return unauthorized(response);
            }
            case REJECT_UNKNOWN -> {
                log.info("Refused {}: unknown identity", attempt);
                response.setStatusCode(HttpStatus.NOT_FOUND);
                return false;
            }
        }
        throw new IllegalStateException("Unhandled decision " + decision);
    }

    private ConnectDecision decide(ConnectAttempt attempt) {
        for (ChargerAuthenticator authenticator : authenticators) {
            ConnectDecision decision = authenticator.authenticate(attempt);
            if (decision != ConnectDecision.ACCEPT) {
                return decision;
            }
        }
        return ConnectDecision.ACCEPT;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    private static boolean unauthorized(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Busbar\", charset=\"UTF-8\"");
        return false;
    }

    /** The URL-decoded last path segment after {@code /ocpp/}, or null when it is missing, nested or too long. */
    static String identityOf(ServerHttpRequest request) {
        String path = request.getURI().getRawPath();
        if (path == null) {
            return null;
        }
        if (request instanceof ServletServerHttpRequest servlet) {
            path = path.substring(Math.min(path.length(), servlet.getServletRequest().getContextPath().length()));
        }
        if (!path.startsWith(PATH_PREFIX)) {
            return null;
        }
        String segment = path.substring(PATH_PREFIX.length());
        if (segment.isEmpty() || segment.indexOf('/') >= 0) {
            return null;
        }
        String identity;
        try {
            identity = UriUtils.decode(segment, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        return identity.length() > MAX_IDENTITY_LENGTH || identity.isBlank() ? null : identity;
    }

    private static boolean isSecure(ServerHttpRequest request) {
        if (request instanceof ServletServerHttpRequest servlet) {
            return servlet.getServletRequest().isSecure();
        }
        String scheme = request.getURI().getScheme();
        return "https".equalsIgnoreCase(scheme) || "wss".equalsIgnoreCase(scheme);
    }

    private static String remoteAddressOf(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
