package io.busbar.gateway;

import io.busbar.testing.OcppTestClient;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

import static org.awaitility.Awaitility.await;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One shared application context for the gateway's socket tests (same properties = same cached context). */
@SpringBootTest(classes = {OcppWebSocketConfiguration.class, GatewayTestConfiguration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "busbar.ocpp.call-timeout=2s",
                "busbar.ocpp.ping-interval=30s",
                "logging.level.io.busbar.gateway.frames=DEBUG"
        })
abstract class GatewayTestBase {
    @LocalServerPort
    int port;

    @Autowired
    ChargerLink link;

    @Autowired
    GatewayTestConfiguration.RecordingListener listener;

    @Autowired
    GatewayTestConfiguration.RecordingAuthenticator authenticator;

    /**
     * Connects and, when a subprotocol was agreed, waits until the gateway registered the connection: the client
     * sees the handshake complete slightly before the server side has run its open callback.
     */
    OcppTestClient connect(String identity, String... subprotocols) {
        OcppTestClient client = OcppTestClient.to(port, identity).subprotocols(subprotocols).connect();
        if (!client.subprotocol().isEmpty()) {
            String decoded = UriUtils.decode(identity, StandardCharsets.UTF_8);
            await().until(() -> link.connection(decoded).map(c -> c.version().subprotocol())
                    .filter(client.subprotocol()::equals).isPresent()
                    && listener.of(decoded).stream().filter(e -> e.kind().equals("connected"))
                    .anyMatch(e -> link.connection(decoded).orElse(null) == e.charger()));
        }
        return client;
    }
}
