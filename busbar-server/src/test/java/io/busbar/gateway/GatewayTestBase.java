package io.busbar.gateway;

import io.busbar.testing.OcppTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One shared application context for the gateway's socket tests (same properties = same cached context). */
@SpringBootTest(classes = GatewayTestConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
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

    OcppTestClient connect(String identity, String... subprotocols) {
        return OcppTestClient.to(port, identity).subprotocols(subprotocols).connect();
    }
}
